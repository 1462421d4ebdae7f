package org.gillab.lang;

/**
 * Errors for Python features that gillab deliberately leaves out. They are reported as
 * SyntaxErrors (the program cannot run at all) whose message names the feature and points at the
 * documentation of the subset, so that a user knows it is a limit of gillab, not a typo.
 */
final class Unsupported {
    private Unsupported() {}

    static final String SUFFIX = " by gillab (docs/language.md lists the subset)";

    /** {@code what} is the start of the sentence, e.g. {@code "'async def' is not supported"}. */
    static SourceError error(String what, Source src, int line, int col) {
        return SourceError.syntax(what + SUFFIX, src, line, col);
    }
}
