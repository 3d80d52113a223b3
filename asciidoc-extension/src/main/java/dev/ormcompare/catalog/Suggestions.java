package dev.ormcompare.catalog;

import java.util.Collection;
import java.util.Optional;

/** Finds the known value a mistyped one was most likely meant to be. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code typed}, if it is close enough to be a typo:
     * at most a third of the typed length (and at least one) edits away, or one name holding the
     * other ("Prisma ORM" for "prisma").
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String key = Names.key(typed);
        int allowed = Math.max(1, key.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String candidateKey = Names.key(candidate);
            int distance = distance(key, candidateKey);
            boolean oneHoldsTheOther = Math.min(key.length(), candidateKey.length()) >= 3
                    && (key.contains(candidateKey) || candidateKey.contains(key));
            if ((distance <= allowed || oneHoldsTheOther) && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Edits from one string to the other; swapping two neighbouring letters ("nmae") counts as one. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * "unknown ORM 'djano'; did you mean 'django'? Known ORMs: sql, django." for
     * {@code unknown("ORM", "ORMs", "djano", ...)}.
     */
    public static String unknown(String noun, String pluralNoun, String typed, Collection<String> known) {
        return unknown(noun, pluralNoun, typed, known, known);
    }

    /** As above, suggesting from {@code suggestable} (known values and their aliases), listing {@code known}. */
    public static String unknown(String noun, String pluralNoun, String typed, Collection<String> known,
                                 Collection<String> suggestable) {
        return "unknown " + noun + " '" + typed + "'" + didYouMean(typed, suggestable) + " Known " + pluralNoun + ": "
                + String.join(", ", known) + ".";
    }

    /**
     * Ends a sentence about a wrong value: {@code "; did you mean 'django'?"} when a candidate
     * is close, else {@code "."}, so the known values can follow as their own sentence.
     */
    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> "; did you mean '" + c + "'?").orElse(".");
    }
}
