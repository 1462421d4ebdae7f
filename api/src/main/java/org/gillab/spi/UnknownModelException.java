package org.gillab.spi;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A model name no plugin registered: "unknown model 'gli'; did you mean 'gil'? (known: ...)". The
 * one error every command, fork, benchmark and stress test reports an unknown model with.
 */
public final class UnknownModelException extends ModelOptionException {
    public UnknownModelException(String name, Collection<String> known) {
        super("unknown model '" + name + "'" + didYouMean(name, known) + " (known: "
                + (known.isEmpty() ? "none on the class path" : String.join(", ", known)) + ")");
    }

    /**
     * {@code "; did you mean 'x'?"} for the known name nearest to {@code name}, or "" when none is
     * near: a name that starts with what was typed, else the one fewest edits away (Levenshtein), if
     * at most a third of its letters (at least one) differ or the two are the same letters swapped
     * ({@code gli}, {@code gil}). Shared by the harness's unknown workloads.
     */
    public static String didYouMean(String name, Collection<String> known) {
        String typed = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, typed.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, limit));
        String nearest = known.stream().filter(k -> typed.length() >= 2 && k.startsWith(typed)).findFirst()
                .orElseGet(() -> known.stream()
                        .filter(k -> {
                            int d = distance.apply(typed, k);
                            return d >= 0 && (d <= limit || sameLetters(typed, k));
                        })
                        .min(Comparator.comparingInt(k -> distance.apply(typed, k))).orElse(null));
        return nearest == null ? "" : "; did you mean '" + nearest + "'?";
    }

    private static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray(), y = b.toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }
}
