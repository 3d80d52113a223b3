package dev.ormcompare.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Measurements of one contender, in the order they were taken. */
final class Samples {

    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    int count() {
        return values.size();
    }

    double median() {
        List<Double> sorted = sorted();
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The nearest-rank percentile, e.g. 90 for the value nine in ten measurements do not exceed. */
    double percentile(double percent) {
        List<Double> sorted = sorted();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    double min() {
        return sorted().get(0);
    }

    double max() {
        List<Double> sorted = sorted();
        return sorted.get(sorted.size() - 1);
    }

    List<Double> values() {
        return List.copyOf(values);
    }

    private List<Double> sorted() {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted;
    }

    /** E.g. "12.3 s (11.9–13.0, 5 runs)". */
    String describe(double scale, String unit, String format) {
        return String.format(Locale.ROOT, format + " %s (" + format + "–" + format + ", %d runs)",
                median() * scale, unit, min() * scale, max() * scale, count());
    }
}
