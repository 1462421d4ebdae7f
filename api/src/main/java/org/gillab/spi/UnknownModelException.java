package org.gillab.spi;

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
     * near: a name that starts with what was typed, else the one fewest edits away, if at most a
     * third of its letters (at least two) differ. Shared by the harness's unknown workloads.
     */
    public static String didYouMean(String name, Collection<String> known) {
        String typed = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, typed.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        String nearest = known.stream().filter(k -> !typed.isEmpty() && k.startsWith(typed)).findFirst()
                .orElseGet(() -> known.stream().filter(k -> distance.apply(typed, k) >= 0)
                        .min(Comparator.comparingInt(k -> distance.apply(typed, k))).orElse(null));
        return nearest == null ? "" : "; did you mean '" + nearest + "'?";
    }
}
