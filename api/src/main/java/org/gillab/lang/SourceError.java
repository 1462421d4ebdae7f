package org.gillab.lang;

/**
 * A fault in a program's text found before it runs: a lexical, syntax, indentation or compile-time
 * error, or a Python feature outside gillab's subset.
 *
 * <p>{@link #kind} is the Python exception name a user would expect (SyntaxError, IndentationError,
 * TabError). The message says what was expected or what is not supported. {@link #render()} gives
 * the one report a user sees: {@code file:line:col: Kind: message}, then the offending line and a
 * caret under the column. No Java stack trace is captured: this is a user's mistake, not ours.
 */
public final class SourceError extends RuntimeException {
    public final String kind;
    public final String file;
    public final int line;   // 1-based
    public final int col;    // 1-based
    public final String lineText; // the source line, without its newline; may be empty

    public SourceError(String kind, String message, String file, int line, int col, String lineText) {
        super(message, null, false, false);
        this.kind = kind;
        this.file = file;
        this.line = line;
        this.col = col;
        this.lineText = lineText == null ? "" : lineText;
    }

    /** A plain syntax error at a position, taking the line's text from the source. */
    public static SourceError syntax(String message, Source src, int line, int col) {
        return new SourceError("SyntaxError", message, src.name(), line, col, src.lineText(line));
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(':').append(line).append(':').append(col).append(": ")
          .append(kind).append(": ").append(getMessage()).append('\n');
        if (!lineText.isBlank()) {
            String shown = lineText.replace('\t', ' ');
            int indent = 0;
            while (indent < shown.length() && shown.charAt(indent) == ' ') indent++;
            sb.append("    ").append(shown.substring(indent)).append('\n');
            int caret = Math.max(0, Math.min(col - 1 - indent, shown.length() - indent));
            sb.append("    ").append(" ".repeat(caret)).append("^\n");
        }
        return sb.toString();
    }
}
