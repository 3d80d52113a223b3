package dev.ormcompare.site.convert;

/**
 * How many converters a render runs at once. Each converter is an Asciidoctor of its own, whose
 * start costs seconds of CPU and hundreds of MiB: a second one pays only when the pages left take
 * much longer than that start. So a render starts with one and adds one, up to one per core, when
 * the pages left at the recent pace would take more than {@link #PAYBACK} times what the first
 * converter's start took. (Measured on 2 cores: a second converter lost time on 50 pages and won
 * on 300, since both then share the cores with the JVM's compiler threads.) A number of threads
 * set by the user is started at once and kept.
 */
public final class ConverterScaling {

    static final int PAYBACK = 3;

    /** Pages converted before the pace counts: the first pages of a cold Asciidoctor are slow. */
    static final int SETTLING_PAGES = 5;

    private final int initial;
    private final int maximum;

    /**
     * @param threads the user's setting; 0 to decide
     * @param cores   the cores of this machine
     * @param pages   the pages to convert
     */
    public ConverterScaling(int threads, int cores, int pages) {
        int cap = Math.max(1, pages);
        this.initial = threads > 0 ? Math.min(threads, cap) : 1;
        this.maximum = threads > 0 ? initial : Math.max(1, Math.min(cores, cap));
    }

    int initial() {
        return initial;
    }

    /**
     * @param running        converters running now
     * @param pagesDone      pages converted so far
     * @param pagesLeft      pages not yet started
     * @param startNanos     what the first converter's start and first page took
     * @param recentPageNanos the recent time per page of one converter
     */
    boolean wantsAnother(int running, int pagesDone, int pagesLeft, long startNanos, long recentPageNanos) {
        return running < maximum && pagesDone >= SETTLING_PAGES
                && (double) pagesLeft * recentPageNanos / running > (double) PAYBACK * startNanos;
    }
}
