package org.gillab.lang;

/**
 * One token of a program's text.
 *
 * <p>{@code value} depends on the kind: the identifier (NFKC-normalized, as Python does) for
 * {@link TokenKind#NAME}; a {@link Long}, {@link java.math.BigInteger} or {@link Double} for
 * {@link TokenKind#NUMBER}; a {@link StringLiteral} for {@link TokenKind#STRING}; null otherwise.
 *
 * <p>Positions are 1-based; the end is exclusive (the column just after the last character).
 * {@code start} and {@code end} are offsets into the source text, which the parser uses to
 * re-lex the replacement fields of f-strings in place.
 */
public record Token(TokenKind kind, String text, Object value, int line, int col, int endLine, int endCol,
                    int start, int end) {

    public boolean is(TokenKind k) { return kind == k; }

    @Override public String toString() {
        return kind + (text.isEmpty() || kind.text != null ? "" : "(" + text.replace("\n", "\\n") + ")")
                + "@" + line + ":" + col;
    }
}
