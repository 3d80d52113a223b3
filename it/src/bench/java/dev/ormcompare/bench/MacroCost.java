package dev.ormcompare.bench;

import dev.ormcompare.catalog.BuiltInCatalog;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * B1 and B4, in this JVM with one Asciidoctor: a page of comparisons written with the macro
 * against the same page written by hand, converted alternately once warm; then what the macro
 * adds to a page's weight.
 */
final class MacroCost {

    /** B1's outcome; times in seconds per conversion. */
    record Timing(Samples macro, Samples hand, Samples macroCpu, Samples handCpu, Samples handWithoutExtension,
                  int blocks, int listings) {
    }

    /** B4's outcome, in bytes. */
    record Weight(int assetsRaw, int assetsGzipped, String statedSize, double macroBytesPerBlock,
                  double handBytesPerBlock, int macroPage, int handPage, int macroPageGzipped, int handPageGzipped,
                  int blocks) {
    }

    record Result(Timing timing, Weight weight) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Pattern ASSET = Pattern.compile("(?s)<style>.*?</style>|<script>.*?</script>");

    private final Config config;

    MacroCost(Config config) {
        this.config = config;
    }

    Result run() throws IOException {
        Corpus corpus = new Corpus(BuiltInCatalog.get());
        List<Corpus.Block> blocks = corpus.blocks(config.macroBlocks(), 1);
        String macroPage = corpus.page("Macro cost", blocks, Corpus.Style.MACROS);
        String handPage = corpus.page("Macro cost", blocks, Corpus.Style.BY_HAND);
        Path pages = Files.createDirectories(config.workDirectory().resolve("macro-cost"));
        Files.writeString(pages.resolve("with-macros.adoc"), macroPage);
        Files.writeString(pages.resolve("by-hand.adoc"), handPage);

        Log.step("B1: booting Asciidoctor");
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            String macroHtml = convert(asciidoctor, macroPage);
            String handHtml = convert(asciidoctor, handPage);
            Files.writeString(pages.resolve("with-macros.html"), macroHtml);
            Files.writeString(pages.resolve("by-hand.html"), handHtml);
            int listings = blocks.stream().mapToInt(block -> block.orms().size()).sum();
            check(count(macroHtml, "role=\"tablist\"") == blocks.size(), "the macro page has " + blocks.size() + " tab lists");
            check(count(macroHtml, "class=\"listingblock") == listings, "the macro page has " + listings + " listings");
            check(count(handHtml, "class=\"listingblock") == listings, "the hand-written page has " + listings + " listings");

            Weight weight = weight(asciidoctor, corpus, blocks, macroHtml, handHtml);

            Samples macro = new Samples();
            Samples hand = new Samples();
            Samples macroCpu = new Samples();
            Samples handCpu = new Samples();
            Log.step("B1: warming up, " + config.macroWarmup() + " conversions of each page");
            for (int i = 0; i < config.macroWarmup(); i++) {
                convert(asciidoctor, macroPage);
                convert(asciidoctor, handPage);
            }
            Log.step("B1: measuring, " + config.macroIterations() + " conversions of each page, alternating");
            for (int i = 0; i < config.macroIterations(); i++) {
                if (i % 2 == 0) {
                    time(asciidoctor, macroPage, macro, macroCpu);
                    time(asciidoctor, handPage, hand, handCpu);
                } else {
                    time(asciidoctor, handPage, hand, handCpu);
                    time(asciidoctor, macroPage, macro, macroCpu);
                }
            }
            // The same hand-written page once the extension is gone: what its processors cost a page without macros.
            asciidoctor.unregisterAllExtensions();
            Samples plain = new Samples();
            for (int i = 0; i < config.macroIterations() / 2; i++) {
                time(asciidoctor, handPage, plain, new Samples());
            }
            return new Result(new Timing(macro, hand, macroCpu, handCpu, plain, blocks.size(), listings), weight);
        }
    }

    /**
     * The tabs' CSS and JS, found as the {@code <style>} and {@code <script>} elements a one-block
     * page has and the same page by hand has not; HTML per block from the two 200-block pages and
     * the same page with its comparisons left out.
     */
    private Weight weight(Asciidoctor asciidoctor, Corpus corpus, List<Corpus.Block> blocks, String macroHtml,
                          String handHtml) {
        List<Corpus.Block> one = blocks.subList(0, 1);
        String oneMacro = convert(asciidoctor, corpus.page("One", one, Corpus.Style.MACROS) + "Stated: {ormcompare-assets-size}.\n");
        String oneHand = convert(asciidoctor, corpus.page("One", one, Corpus.Style.BY_HAND));
        List<String> handAssets = assets(oneHand);
        StringBuilder ours = new StringBuilder();
        for (String asset : assets(oneMacro)) {
            if (!handAssets.remove(asset)) {
                ours.append(asset);
                check(count(macroHtml, asset) == 1, "the " + blocks.size() + "-block page carries the tabs' CSS and JS once");
            }
        }
        check(ours.length() > 0, "a page with a comparison carries the tabs' CSS and JS");
        Matcher stated = Pattern.compile("Stated: (.*?)\\.</p>").matcher(oneMacro);
        String statedSize = stated.find() ? stated.group(1) : "(not found)";

        String bare = convert(asciidoctor, corpus.page("Macro cost", blocks, Corpus.Style.PROSE_ONLY));
        int assetBytes = bytes(ours.toString());
        return new Weight(assetBytes, gzipped(ours.toString()), statedSize,
                (bytes(macroHtml) - assetBytes - bytes(bare)) / (double) blocks.size(),
                (bytes(handHtml) - bytes(bare)) / (double) blocks.size(),
                bytes(macroHtml), bytes(handHtml), gzipped(macroHtml), gzipped(handHtml), blocks.size());
    }

    private static List<String> assets(String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = ASSET.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /**
     * Wall-clock seconds, and the converting thread's CPU seconds: the machine is shared, and CPU time
     * does not count the time other processes had the core.
     */
    private static void time(Asciidoctor asciidoctor, String page, Samples wall, Samples cpu) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        convert(asciidoctor, page);
        wall.add((System.nanoTime() - start) / 1e9);
        cpu.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }

    /** As the render goal converts a page: standalone HTML, unsafe (includes resolve), no highlighter. */
    private static String convert(Asciidoctor asciidoctor, String page) {
        return asciidoctor.convert(page, Options.builder().safe(SafeMode.UNSAFE).standalone(true).toFile(false)
                .attributes(Attributes.builder().build()).build());
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    static int gzipped(String text) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zipped.size();
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("benchmark input is not what it should be: expected " + what);
        }
    }
}
