package dev.ormcompare.catalog;

import java.util.Collection;
import java.util.Optional;

/** Finds the known value a mistyped one was most likely meant to be. */
public final class Suggestions {

    /**
     * Names longer than this (ignoring case, spaces and punctuation) are no typo of a name: they get
     * no suggestion, and are compared with nothing. Comparing costs time and memory in the product
     * of the two lengths, for every known name.
     */
    static final int LONGEST_TYPED = 100;

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code typed}, if it is close enough to be a typo:
     * at most a third of the typed length (and at least one) edits away, or one name holding the
     * other ("Prisma ORM" for "prisma").
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String key = Names.key(typed);
        if (key.length() > LONGEST_TYPED) {
            return Optional.empty();
        }
        int allowed = Math.max(1, key.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String candidateKey = Names.key(candidate);
            int lengthGap = Math.abs(key.length() - candidateKey.length());
            boolean oneHoldsTheOther = Math.min(key.length(), candidateKey.length()) >= 3
                    && (key.contains(candidateKey) || candidateKey.contains(key));
            if (!oneHoldsTheOther && lengthGap > allowed) {
                continue; // at least lengthGap edits apart
            }
            // When one holds the other, deleting the rest is the shortest way from one to the other.
            int distance = oneHoldsTheOther ? lengthGap : distance(key, candidateKey, allowed);
            if ((distance <= allowed || oneHoldsTheOther) && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Edits from one string to the other, swapping two neighbouring letters ("nmae") counting as one;
     * {@code limit + 1} as soon as it is known to be more than {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        // Three rows of the table (a swap looks two rows back), so memory grows with b alone.
        int[] beforeLast = new int[b.length() + 1];
        int[] last = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            last[j] = j;
        }
        int lastMinimum = 0;
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            int minimum = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(last[j - 1] + cost, Math.min(last[j], row[j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    row[j] = Math.min(row[j], beforeLast[j - 2] + 1);
                }
                minimum = Math.min(minimum, row[j]);
            }
            // Every later cell comes from one of these two rows, plus zero or more: none can be within the limit.
            if (minimum > limit && lastMinimum > limit) {
                return limit + 1;
            }
            int[] free = beforeLast;
            beforeLast = last;
            last = row;
            row = free;
            lastMinimum = minimum;
        }
        return Math.min(last[b.length()], limit + 1);
    }

    /**
     * "unknown ORM 'djano'; did you mean 'django'? Known ORMs: sql, django." for
     * {@code unknown("ORM", "ORMs", "djano", ...)}.
     */
    public static String unknown(String noun, String pluralNoun, String typed, Collection<String> known) {
        return unknown(noun, pluralNoun, typed, known, known);
    }

    /**
     * As above, suggesting from {@code suggestable} (known values and their aliases), listing {@code known}:
     * at most twenty of them, then how many more there are.
     */
    public static String unknown(String noun, String pluralNoun, String typed, Collection<String> known,
                                 Collection<String> suggestable) {
        return "unknown " + noun + " " + ErrorText.quote(typed) + didYouMean(typed, suggestable) + " Known "
                + pluralNoun + ": " + ErrorText.list(known) + ".";
    }

    /**
     * Ends a sentence about a wrong value: {@code "; did you mean 'django'?"} when a candidate
     * is close, else {@code "."}, so the known values can follow as their own sentence.
     */
    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> "; did you mean " + ErrorText.quote(c) + "?").orElse(".");
    }
}
