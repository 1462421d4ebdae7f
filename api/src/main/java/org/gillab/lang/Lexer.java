package org.gillab.lang;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Python 3 tokenization, on demand: each {@link #next()} returns one token.
 *
 * <p>The lexer is lazy so that errors come out in source order: a parser error on line 3 is not
 * masked by a bad string on line 90 (the parser drains the lexer afterwards to let lexical errors
 * win, as CPython does). Once it has thrown, the lexer throws the same error again on every call,
 * so that a parser that backtracks cannot step past it. After {@link TokenKind#ENDMARKER} it keeps
 * returning ENDMARKER.
 *
 * <p>Indentation follows CPython's tokenizer: a stack of columns (tabs advance to the next
 * multiple of 8) and, beside it, a stack of "alternate" columns where a tab counts as one; when
 * the two comparisons disagree the indentation depends on the tab size, which is a TabError.
 */
public final class Lexer {
    /** CPython's MAXINDENT: deeper blocks are an IndentationError. */
    static final int MAX_INDENT = 100;
    /** CPython's MAXLEVEL for open brackets. */
    static final int MAX_BRACKETS = 200;
    private static final int TAB_SIZE = 8;

    private final Source src;
    private final String text;
    private final LineMap lines;
    private final int end;
    /** Lexing the expression of an f-string field: as if inside brackets, no NEWLINE or INDENT. */
    private final boolean nested;

    private int pos;
    private boolean atLineStart;
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentDepth;
    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private final ArrayList<Token> brackets = new ArrayList<>();
    private Token last;
    private SourceError failure;
    private boolean endOfFileWithOpenBracket;
    private boolean asciiCharacterError;

    public Lexer(Source src) {
        this(src, new LineMap(src.text()), 0, src.text().length(), false);
    }

    /** A lexer over {@code text[start, end)}; positions stay those of the whole source. */
    Lexer(Source src, LineMap lines, int start, int end, boolean nested) {
        this.src = src;
        this.text = src.text();
        this.lines = lines;
        this.pos = start;
        this.end = end;
        this.nested = nested;
        this.atLineStart = !nested;
    }

    /** All tokens up to and including ENDMARKER (for tests and tools). */
    public static List<Token> tokenize(Source src) {
        Lexer lx = new Lexer(src);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lx.next();
            out.add(t);
        } while (t.kind() != TokenKind.ENDMARKER);
        return out;
    }

    public Token next() {
        if (failure != null) throw failure;
        try {
            Token t = pending.isEmpty() ? scan() : pending.poll();
            last = t;
            return t;
        } catch (SourceError e) {
            failure = e;
            throw e;
        }
    }

    /** True when the error this lexer threw was an unclosed bracket at the end of the file. */
    boolean failedOnUnclosedBracket() { return failure != null && endOfFileWithOpenBracket; }

    boolean failed() { return failure != null; }

    /**
     * True when the error was an unknown ASCII character such as '$'. CPython's tokenizer leaves
     * those to the parser, so an earlier parser error is reported in preference to them.
     */
    boolean failedOnAsciiCharacter() { return failure != null && asciiCharacterError; }

    // ------------------------------------------------------------------ the main loop

    private Token scan() {
        for (;;) {
            if (atLineStart) {
                Token t = indentation();
                if (t != null) return t;
                if (atLineStart) continue;   // a blank or comment-only line was skipped
            }
            skipSpaces();
            if (pos >= end) return endOfFile();
            char c = text.charAt(pos);
            if (c == '#') {
                while (pos < end && text.charAt(pos) != '\n') pos++;
                continue;
            }
            if (c == '\\') {
                lineContinuation();
                continue;
            }
            if (c == '\n') {
                int nl = pos++;
                if (nested || !brackets.isEmpty()) continue;   // implicit line joining
                atLineStart = true;
                if (last == null || last.kind() == TokenKind.NEWLINE) continue;
                return make(TokenKind.NEWLINE, nl, nl + 1, null);
            }
            int cp = text.codePointAt(pos);
            if (isIdentifierStart(cp)) return nameOrString();
            if (c >= '0' && c <= '9' || c == '.' && pos + 1 < end && isDigit(text.charAt(pos + 1))) {
                return number();
            }
            if (c == '\'' || c == '"') return string(pos, pos, "");
            return operator(cp);
        }
    }

    private void skipSpaces() {
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f' || c == '\r' && pos + 1 < end && text.charAt(pos + 1) == '\n') {
                pos++;
            } else {
                break;
            }
        }
    }

    private void lineContinuation() {
        int p = pos + 1;
        if (p < end && text.charAt(p) == '\r') p++;
        if (p < end && text.charAt(p) == '\n') {
            pos = p + 1;          // the next line continues this one: no NEWLINE, no indentation
            if (pos >= end) throw error("unexpected EOF while parsing", pos);
            return;
        }
        if (p >= end) throw error("unexpected EOF while parsing", p);
        throw error("unexpected character after line continuation character", pos + 1);
    }

    /**
     * At the start of a line outside brackets: measures the indentation and returns an INDENT or
     * the first of the DEDENTs it implies (the rest wait in {@link #pending}), or null when the
     * level is unchanged or the line is blank (then {@link #atLineStart} stays true).
     */
    private Token indentation() {
        int col = 0, alt = 0;
        int p = pos;
        for (; p < end; p++) {
            char c = text.charAt(p);
            if (c == ' ') { col++; alt++; }
            else if (c == '\t') { col = (col / TAB_SIZE + 1) * TAB_SIZE; alt++; }
            else if (c == '\f') { col = 0; alt = 0; }   // CPython resets the column at a form feed
            else break;
        }
        pos = p;
        if (p >= end) {                       // trailing whitespace at the end of the file
            atLineStart = false;
            return null;
        }
        char c = text.charAt(p);
        if (c == '#' || c == '\n' || c == '\r') {   // blank or comment-only: no effect on indentation
            while (pos < end && text.charAt(pos) != '\n') pos++;
            if (pos < end) pos++;
            else atLineStart = false;
            return null;
        }
        atLineStart = false;
        int top = indents[indentDepth];
        if (col == top) {
            if (alt != altIndents[indentDepth]) throw tabError(p);
            return null;
        }
        if (col > top) {
            if (indentDepth + 1 >= MAX_INDENT) {
                throw new SourceError("IndentationError", "too many levels of indentation", src.name(),
                        lines.line(p), lines.col(p), src.lineText(lines.line(p)));
            }
            if (alt <= altIndents[indentDepth]) throw tabError(p);
            indentDepth++;
            indents[indentDepth] = col;
            altIndents[indentDepth] = alt;
            return make(TokenKind.INDENT, p, p, null);
        }
        int dedents = 0;
        while (indentDepth > 0 && col < indents[indentDepth]) {
            indentDepth--;
            dedents++;
        }
        if (col != indents[indentDepth]) {
            throw new SourceError("IndentationError", "unindent does not match any outer indentation level",
                    src.name(), lines.line(p), lines.col(p), src.lineText(lines.line(p)));
        }
        if (alt != altIndents[indentDepth]) throw tabError(p);
        for (int i = 1; i < dedents; i++) pending.add(make(TokenKind.DEDENT, p, p, null));
        return make(TokenKind.DEDENT, p, p, null);
    }

    private SourceError tabError(int p) {
        return new SourceError("TabError", "inconsistent use of tabs and spaces in indentation", src.name(),
                lines.line(p), lines.col(p), src.lineText(lines.line(p)));
    }

    private Token endOfFile() {
        if (!brackets.isEmpty()) {
            endOfFileWithOpenBracket = true;
            Token open = brackets.get(brackets.size() - 1);
            throw SourceError.syntax("'" + open.text() + "' was never closed", src, open.line(), open.col());
        }
        if (nested) return make(TokenKind.ENDMARKER, end, end, null);
        if (last != null && last.kind() != TokenKind.NEWLINE && last.kind() != TokenKind.DEDENT
                && last.kind() != TokenKind.ENDMARKER) {
            pending.add(make(TokenKind.NEWLINE, end, end, null));
        }
        while (indentDepth > 0) {
            indentDepth--;
            pending.add(make(TokenKind.DEDENT, end, end, null));
        }
        pending.add(make(TokenKind.ENDMARKER, end, end, null));
        return pending.poll();
    }

    // ------------------------------------------------------------------ names and keywords

    private static boolean isIdentifierStart(int cp) {
        if (cp < 128) return cp == '_' || Character.isLetter(cp);
        return Character.isUnicodeIdentifierStart(cp);
    }

    private static boolean isIdentifierPart(int cp) {
        if (cp < 128) return cp == '_' || Character.isLetterOrDigit(cp);
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    private Token nameOrString() {
        int s = pos;
        boolean ascii = true;
        while (pos < end) {
            int cp = text.codePointAt(pos);
            if (!isIdentifierPart(cp)) break;
            if (cp >= 128) ascii = false;
            pos += Character.charCount(cp);
        }
        String word = text.substring(s, pos);
        if (pos < end && (text.charAt(pos) == '\'' || text.charAt(pos) == '"') && isStringPrefix(word)) {
            return string(s, pos, word);
        }
        TokenKind kw = TokenKind.keyword(word);
        if (kw != null) return make(kw, s, pos, null);
        // Python compares identifiers after NFKC normalization (PEP 3131)
        String id = ascii ? word : Normalizer.normalize(word, Normalizer.Form.NFKC);
        return make(TokenKind.NAME, s, pos, id);
    }

    private static boolean isStringPrefix(String w) {
        return switch (w.toLowerCase()) {
            case "r", "u", "b", "f", "br", "rb", "fr", "rf" -> true;
            default -> false;
        };
    }

    // ------------------------------------------------------------------ numbers

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private char at(int p) { return p < end ? text.charAt(p) : '\0'; }

    private Token number() {
        int s = pos;
        char c1 = Character.toLowerCase(at(s + 1));
        if (at(s) == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) return radixNumber(s, c1);
        int p = s;
        boolean isFloat = false;
        if (at(p) != '.') p = decimalDigits(s, p);
        // "0_0" and "00" are fine; "012" is not, unless it turns out to be a float ("012.5")
        boolean leadingZero = false;
        if (at(s) == '0') {
            for (int i = s; i < p; i++) if (text.charAt(i) != '0' && text.charAt(i) != '_') leadingZero = true;
        }
        if (at(p) == '.') {
            isFloat = true;
            p++;
            if (isDigit(at(p))) p = decimalDigits(s, p);
        }
        char e = at(p);
        if (e == 'e' || e == 'E') {
            int q = p + 1;
            if (at(q) == '+' || at(q) == '-') {
                q++;
                if (!isDigit(at(q))) throw error("invalid decimal literal", s);
                p = decimalDigits(s, q);
                isFloat = true;
            } else if (isDigit(at(q))) {
                p = decimalDigits(s, q);
                isFloat = true;
            } else {
                verifyEnd(s, p, "decimal");      // "1else" is a number then a keyword; "1e" is not
            }
        }
        if (at(p) == 'j' || at(p) == 'J') {
            throw Unsupported.error("complex numbers are not supported", src, lines.line(s), lines.col(s));
        }
        verifyEnd(s, p, "decimal");
        if (!isFloat && leadingZero) {
            throw error("leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", s);
        }
        pos = p;
        String digits = text.substring(s, p).replace("_", "");
        Object value = isFloat ? (Object) Double.parseDouble(digits) : integer(digits, 10);
        return make(TokenKind.NUMBER, s, p, value);
    }

    /** Digits with single underscores between them, starting at p; returns the end. */
    private int decimalDigits(int numberStart, int p) {
        for (;;) {
            while (isDigit(at(p))) p++;
            if (at(p) != '_') return p;
            if (!isDigit(at(p + 1))) throw error("invalid decimal literal", numberStart);
            p++;
        }
    }

    private Token radixNumber(int s, char kindChar) {
        int radix = kindChar == 'x' ? 16 : kindChar == 'o' ? 8 : 2;
        String kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
        int p = s + 2;
        StringBuilder digits = new StringBuilder();
        for (;;) {
            char c = at(p);
            if (c == '_') {                      // an underscore must sit between digits
                p++;
                c = at(p);
                if (Character.digit(c, radix) < 0 || c >= 128) {
                    if (radix != 16 && isDigit(c)) throw invalidDigit(c, kind, p);
                    throw error("invalid " + kind + " literal", s);
                }
            }
            if (c < 128 && Character.digit(c, radix) >= 0) {
                digits.append(c);
                p++;
            } else {
                break;
            }
        }
        if (radix != 16 && isDigit(at(p))) throw invalidDigit(at(p), kind, p);
        if (digits.length() == 0) throw error("invalid " + kind + " literal", s);
        verifyEnd(s, p, kind);
        pos = p;
        return make(TokenKind.NUMBER, s, p, integer(digits.toString(), radix));
    }

    private SourceError invalidDigit(char c, String kind, int p) {
        return error("invalid digit '" + c + "' in " + kind + " literal", p);
    }

    private static Object integer(String digits, int radix) {
        BigInteger b = new BigInteger(digits, radix);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /**
     * A number may not run into a name ("1abc"), except for the keywords that can follow a number in
     * valid code ("1if x else 2"): CPython accepts those with a warning, and so do we.
     */
    private void verifyEnd(int s, int p, String kind) {
        char c = at(p);
        if (c >= 128 || !(Character.isLetterOrDigit(c) || c == '_')) return;
        for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (text.startsWith(kw, p) && p + kw.length() <= end) return;
        }
        throw error("invalid " + kind + " literal", s);
    }

    // ------------------------------------------------------------------ strings

    /** A string literal whose prefix starts at {@code s} and whose opening quote is at {@code q}. */
    private Token string(int s, int q, String prefix) {
        String pre = prefix.toLowerCase();
        boolean bytes = pre.indexOf('b') >= 0, raw = pre.indexOf('r') >= 0, fstring = pre.indexOf('f') >= 0;
        char quote = text.charAt(q);
        boolean triple = at(q + 1) == quote && at(q + 2) == quote;
        int bodyStart = q + (triple ? 3 : 1);
        int p = bodyStart;
        for (;;) {
            if (p >= end) throw unterminated(s, triple, end);
            char c = text.charAt(p);
            if (c == '\\') {
                p += 2;    // an escaped character never ends the literal, not even in a raw one
                if (p > end) p = end;
                continue;
            }
            if (c == '\n' && !triple) throw unterminated(s, false, p);
            if (c == quote && (!triple || at(p + 1) == quote && at(p + 2) == quote)) break;
            p++;
        }
        int bodyEnd = p;
        pos = p + (triple ? 3 : 1);
        if (bytes) {
            for (int i = bodyStart; i < bodyEnd; i++) {
                if (text.charAt(i) >= 128) throw error("bytes can only contain ASCII literal characters", s);
            }
        }
        Object value = null;
        if (!fstring) {
            value = Escapes.decode(text, bodyStart, bodyEnd, bytes, raw, (msg, off) -> error(msg, off));
        }
        String quoteText = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        return make(TokenKind.STRING, s, pos,
                new StringLiteral(bytes, raw, fstring, quoteText, bodyStart, bodyEnd, value));
    }

    private SourceError unterminated(int s, boolean triple, int detectedAt) {
        // at the end of a file that ends with a newline, CPython counts the line of that newline
        if (detectedAt >= end && end > 0 && text.charAt(end - 1) == '\n') detectedAt = end - 1;
        int detectedLine = lines.line(Math.min(detectedAt, text.length()));
        String what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
        return error(what + " (detected at line " + detectedLine + ")", s);
    }

    // ------------------------------------------------------------------ operators and brackets

    private Token operator(int cp) {
        int s = pos;
        for (int len = 3; len >= 1; len--) {
            if (s + len > end) continue;
            TokenKind k = TokenKind.operator(text.substring(s, s + len));
            if (k == null) continue;
            pos = s + len;
            Token t = make(k, s, pos, null);
            bracket(t);
            return t;
        }
        asciiCharacterError = cp < 128;
        throw invalidCharacter(cp, s);
    }

    private void bracket(Token t) {
        switch (t.kind()) {
            case LPAR, LSQB, LBRACE -> {
                if (brackets.size() >= MAX_BRACKETS) throw error("too many nested parentheses", t.start());
                brackets.add(t);
            }
            case RPAR, RSQB, RBRACE -> {
                if (brackets.isEmpty()) throw error("unmatched '" + t.text() + "'", t.start());
                Token open = brackets.remove(brackets.size() - 1);
                if (!matches(open.kind(), t.kind())) {
                    String msg = "closing parenthesis '" + t.text() + "' does not match opening parenthesis '"
                            + open.text() + "'";
                    if (open.line() != t.line()) msg += " on line " + open.line();
                    throw error(msg, t.start());
                }
            }
            default -> { }
        }
    }

    private static boolean matches(TokenKind open, TokenKind close) {
        return open == TokenKind.LPAR && close == TokenKind.RPAR || open == TokenKind.LSQB && close == TokenKind.RSQB
                || open == TokenKind.LBRACE && close == TokenKind.RBRACE;
    }

    private SourceError invalidCharacter(int cp, int s) {
        String code = String.format("U+%04X", cp);
        if (isPrintable(cp)) {
            return error("invalid character '" + new String(Character.toChars(cp)) + "' (" + code + ")", s);
        }
        return error("invalid non-printable character " + code, s);
    }

    private static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    // ------------------------------------------------------------------ helpers

    private Token make(TokenKind kind, int s, int e, Object value) {
        return new Token(kind, text.substring(s, e), value, lines.line(s), lines.col(s), lines.line(e), lines.col(e),
                s, e);
    }

    private SourceError error(String message, int offset) {
        int o = Math.min(offset, text.length());
        return SourceError.syntax(message, src, lines.line(o), lines.col(o));
    }
}
