package org.gillab.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.gillab.lang.Ast.*;

/**
 * Splits the body of an f-string into literal text and replacement fields, the way CPython 3.11
 * does it: the lexer has already read the whole f-string as one string token, and this class scans
 * its body for {@code {expr!conv:spec}} fields. The expression of each field is parsed by a nested
 * {@link Parser} over the same source text, so every node carries its real line and column.
 *
 * <p>As in 3.11, a field's expression may not contain a backslash or a {@code #}, and may not reuse
 * the f-string's own quote (the lexer would have ended the string there); format specs may hold
 * fields of their own, one level deep.
 */
final class FStrings {
    /** CPython: a spec may nest fields only one level ("f-string: expressions nested too deeply"). */
    private static final int MAX_NESTING = 2;
    private static final int MAX_BRACKETS = 200;

    private final Source src;
    private final String text;
    private final LineMap lines;
    private final int depth;   // the expression nesting depth of the parser that met this literal
    private final int chain;   // and the levels its loops had added (Parser.MAX_CHAIN)

    FStrings(Source src, LineMap lines, int depth, int chain) {
        this.src = src;
        this.text = src.text();
        this.lines = lines;
        this.depth = depth;
        this.chain = chain;
    }

    /** The parts of a JoinedStr; adjacent pieces of literal text are merged into one Constant. */
    static final class Parts {
        private final List<Expr> parts = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private int line, col;
        private boolean hasPending;

        void literal(String s, int line, int col) {
            if (s.isEmpty()) return;
            if (!hasPending) {
                this.line = line;
                this.col = col;
                hasPending = true;
            }
            pending.append(s);
        }

        void add(Expr e) {
            flush();
            parts.add(e);
        }

        List<Expr> finish() {
            flush();
            return parts;
        }

        private void flush() {
            if (!hasPending) return;
            parts.add(new Constant(line, col, pending.toString()));
            pending.setLength(0);
            hasPending = false;
        }
    }

    /** Appends the parts of one f-string literal to {@code out}. */
    void parse(StringLiteral lit, Parts out) {
        body(lit.bodyStart(), lit.bodyEnd(), lit.raw(), out, 0);
    }

    /**
     * Scans literal text and fields in {@code [from, to)}. At the top level ({@code nesting == 0})
     * it runs to {@code to}; inside a format spec it stops at the '}' that closes the spec and
     * returns that offset.
     */
    private int body(int from, int to, boolean raw, Parts out, int nesting) {
        int seg = from;   // start of the literal text not yet added
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\\' && !raw && i + 1 < to) {
                char n = text.charAt(i + 1);
                if (n == 'N') {
                    throw Unsupported.error("'\\N{...}' escapes are not supported", src, lines.line(i), lines.col(i));
                }
                // "\\" is one escape; any other backslash leaves the next character alone, so that
                // "\{x}" is a backslash followed by a field, as in CPython
                i += n == '\\' ? 2 : 1;
                continue;
            }
            if (c == '{') {
                if (nesting == 0 && i + 1 < to && text.charAt(i + 1) == '{') {
                    literal(seg, i + 1, raw, out);     // "{{" is one literal brace
                    i += 2;
                    seg = i;
                    continue;
                }
                literal(seg, i, raw, out);
                i = field(i, to, raw, out, nesting);
                seg = i;
                continue;
            }
            if (c == '}') {
                if (nesting > 0) {                      // the end of a format spec
                    literal(seg, i, raw, out);
                    return i;
                }
                if (i + 1 < to && text.charAt(i + 1) == '}') {
                    literal(seg, i + 1, raw, out);
                    i += 2;
                    seg = i;
                    continue;
                }
                throw error("f-string: single '}' is not allowed", i);
            }
            i++;
        }
        literal(seg, to, raw, out);
        return to;
    }

    private void literal(int from, int to, boolean raw, Parts out) {
        if (from >= to) return;
        Object s = Escapes.decode(text, from, to, false, raw, this::error);
        out.literal((String) s, lines.line(from), lines.col(from));
    }

    /** Reads the field whose '{' is at {@code open}; returns the offset after its '}'. */
    private int field(int open, int to, boolean raw, Parts out, int nesting) {
        if (nesting >= MAX_NESTING) throw error("f-string: expressions nested too deeply", open);
        int exprStart = open + 1;
        int j = findExpressionEnd(exprStart, to);
        if (j >= to) throw error("f-string: expecting '}'", j);
        if (text.substring(exprStart, j).isBlank()) throw error("f-string: empty expression not allowed", exprStart);
        Expr value = Parser.fieldExpression(src, lines, exprStart, j, depth, chain);
        char ch = text.charAt(j);
        if (ch == '=') {
            throw Unsupported.error("the f-string '=' specifier is not supported", src, lines.line(j), lines.col(j));
        }
        int conversion = -1;
        if (ch == '!') {
            j++;
            if (j >= to) throw error("f-string: expecting '}'", j);
            char conv = text.charAt(j);
            if (conv != 's' && conv != 'r' && conv != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", j);
            }
            conversion = conv;
            j++;
            if (j >= to || text.charAt(j) != ':' && text.charAt(j) != '}') throw error("f-string: expecting '}'", j);
        }
        Expr spec = null;
        if (text.charAt(j) == ':') {
            j++;
            Parts specParts = new Parts();
            int specStart = j;
            j = body(j, to, raw, specParts, nesting + 1);
            spec = new JoinedStr(lines.line(specStart), lines.col(specStart), specParts.finish());
        }
        if (j >= to || text.charAt(j) != '}') throw error("f-string: expecting '}'", j);
        out.add(new FormattedValue(lines.line(open), lines.col(open), value, conversion, spec));
        return j + 1;
    }

    /**
     * Where the expression of a field ends: the first '!', ':', '=' or '}' outside brackets and
     * strings that is not part of '!=', '==', '<=' or '>=' (CPython's fstring_find_expr).
     */
    private int findExpressionEnd(int from, int to) {
        ArrayDeque<Character> open = new ArrayDeque<>();
        char quote = 0;
        boolean triple = false;
        int quoteStart = 0;
        int j = from;
        for (; j < to; j++) {
            char ch = text.charAt(j);
            if (ch == '\\') throw error("f-string expression part cannot include a backslash", j);
            if (quote != 0) {
                if (ch == quote && (!triple || j + 2 < to && text.charAt(j + 1) == quote && text.charAt(j + 2) == quote)) {
                    if (triple) j += 2;
                    quote = 0;
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                triple = j + 2 < to && text.charAt(j + 1) == ch && text.charAt(j + 2) == ch;
                quote = ch;
                quoteStart = j;
                if (triple) j += 2;
                continue;
            }
            if (ch == '(' || ch == '[' || ch == '{') {
                if (open.size() >= MAX_BRACKETS) throw error("f-string: too many nested parenthesis", j);
                open.push(ch);
                continue;
            }
            if (ch == '#') throw error("f-string expression part cannot include '#'", j);
            if (open.isEmpty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '<' || ch == '>')) {
                char next = j + 1 < to ? text.charAt(j + 1) : 0;
                if (next == '=' && ch != ':' && ch != '}') {   // '!=', '==', '<=', '>=' are operators
                    j++;
                    continue;
                }
                if (ch == '<' || ch == '>') continue;
                break;
            }
            if (ch == ')' || ch == ']' || ch == '}') {
                if (open.isEmpty()) throw error("f-string: unmatched '" + ch + "'", j);
                char o = open.pop();
                if (o == '(' && ch != ')' || o == '[' && ch != ']' || o == '{' && ch != '}') {
                    throw error("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '"
                            + o + "'", j);
                }
            }
        }
        if (quote != 0) throw error("f-string: unterminated string", quoteStart);
        if (!open.isEmpty()) throw error("f-string: unmatched '" + open.peek() + "'", j);
        return j;
    }

    private SourceError error(String message, int offset) {
        int o = Math.min(offset, text.length());
        return SourceError.syntax(message, src, lines.line(o), lines.col(o));
    }
}
