package org.gillab.lang;

/**
 * The payload of a {@link TokenKind#STRING} token: one literal, before adjacent literals are joined.
 *
 * <p>{@code value} is the decoded content, a {@link String} or (for {@code b''}) a {@code byte[]};
 * it is null for an f-string, whose body the parser splits into literal text and replacement
 * fields itself. {@code bodyStart}/{@code bodyEnd} delimit the text between the quotes in the
 * source, so that positions inside the literal can be reported exactly.
 */
public record StringLiteral(boolean bytes, boolean raw, boolean fstring, String quote, int bodyStart, int bodyEnd,
                            Object value) {}
