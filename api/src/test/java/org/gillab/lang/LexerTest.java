package org.gillab.lang;

import static org.gillab.lang.TokenKind.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LexerTest {

    private static List<Token> lex(String text) { return Lexer.tokenize(new Source("<test>", text)); }

    private static String kinds(String text) {
        return lex(text).stream().map(t -> t.kind().name()).collect(Collectors.joining(" "));
    }

    private static Object value(String text) { return lex(text).get(0).value(); }

    private static StringLiteral string(String text) {
        Token t = lex(text).get(0);
        assertEquals(STRING, t.kind());
        return (StringLiteral) t.value();
    }

    private static SourceError error(String text) {
        return assertThrows(SourceError.class, () -> lex(text));
    }

    private static void assertError(String text, String kind, String message, int line, int col) {
        SourceError e = error(text);
        assertEquals(message, e.getMessage());
        assertEquals(kind, e.kind, "kind");
        assertEquals(line + ":" + col, e.line + ":" + e.col, "position");
    }

    // ------------------------------------------------------------------ structure

    @Test
    void simpleLine() {
        assertEquals("NAME EQUAL NUMBER NEWLINE ENDMARKER", kinds("x = 1\n"));
    }

    @Test
    void missingFinalNewlineStillEndsTheLine() {
        assertEquals("NAME NEWLINE ENDMARKER", kinds("x"));
    }

    @Test
    void emptyAndCommentOnlyFilesHaveOnlyTheEndMarker() {
        assertEquals("ENDMARKER", kinds(""));
        assertEquals("ENDMARKER", kinds("# just a comment\n\n   \n\t# another"));
    }

    @Test
    void indentAndDedent() {
        String src = "if x:\n    y\n    if z:\n        w\nv\n";
        assertEquals("IF NAME COLON NEWLINE INDENT NAME NEWLINE IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT DEDENT "
                + "NAME NEWLINE ENDMARKER", kinds(src));
    }

    @Test
    void dedentsAtEndOfFile() {
        assertEquals("IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER", kinds("if x:\n    y"));
    }

    @Test
    void blankLinesAndCommentsDoNotAffectIndentation() {
        String src = "if x:\n\n    # comment at another level\n  # and another\n    y\n\n\nz\n";
        assertEquals("IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER", kinds(src));
    }

    @Test
    void tabsAdvanceToMultiplesOfEight() {
        // a tab then four spaces is column 12 both times: consistent
        assertEquals("IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER",
                kinds("if x:\n\t    y\n\t    z\n"));
    }

    @Test
    void implicitLineJoiningInsideBrackets() {
        assertEquals("NAME EQUAL LPAR NUMBER COMMA NUMBER COMMA LSQB NUMBER RSQB RPAR NEWLINE ENDMARKER",
                kinds("x = (1,\n        2,  # comment\n\n [3\n])\n"));
    }

    @Test
    void backslashContinuation() {
        assertEquals("NAME EQUAL NUMBER PLUS NUMBER NEWLINE ENDMARKER", kinds("x = 1 + \\\n    2\n"));
    }

    @Test
    void formFeedResetsTheIndentationColumn() {
        assertEquals("NAME NEWLINE NAME NEWLINE ENDMARKER", kinds("x\n\f\ny\n"));
        assertEquals("IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER",
                kinds("if x:\n    y\n  \f    z\n"));
    }

    @Test
    void crLfLineEndsAreAccepted() {
        assertEquals("IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER", kinds("if x:\r\n    y\r\n"));
    }

    @Test
    void endMarkerRepeats() {
        Lexer lx = new Lexer(new Source("<t>", "x"));
        lx.next();
        lx.next();
        assertEquals(ENDMARKER, lx.next().kind());
        assertEquals(ENDMARKER, lx.next().kind());
    }

    @Test
    void positions() {
        List<Token> ts = lex("a = 'x'\n  \nif b:\n    c = '''one\ntwo'''\n");
        Token a = ts.get(0);
        assertEquals("1:1-1:2", a.line() + ":" + a.col() + "-" + a.endLine() + ":" + a.endCol());
        Token s = ts.get(2);
        assertEquals("1:5-1:8", s.line() + ":" + s.col() + "-" + s.endLine() + ":" + s.endCol());
        Token triple = ts.stream().filter(t -> t.kind() == STRING).skip(1).findFirst().orElseThrow();
        assertEquals("4:9-5:7", triple.line() + ":" + triple.col() + "-" + triple.endLine() + ":" + triple.endCol());
        Token indent = ts.stream().filter(t -> t.kind() == INDENT).findFirst().orElseThrow();
        assertEquals("4:5", indent.line() + ":" + indent.col());
    }

    // ------------------------------------------------------------------ names, keywords, operators

    @Test
    void keywordsAndSoftKeywords() {
        assertEquals("DEF NAME NAME NAME NAME LAMBDA NONE TRUE FALSE NEWLINE ENDMARKER",
                kinds("def match case type _ lambda None True False"));
    }

    @Test
    void unicodeIdentifiersAreNormalized() {
        List<Token> ts = lex("café = ﬁx\n");
        assertEquals("café", ts.get(0).value());
        assertEquals("fix", ts.get(2).value());   // NFKC folds the ligature, as Python does
    }

    @Test
    void allOperators() {
        String ops = "+ - * ** / // % @ << >> & | ^ ~ < > <= >= == != -> := ... . , : ; = "
                + "+= -= *= **= /= //= %= @= <<= >>= &= |= ^= ( ) [ ] { }";
        String expected = "PLUS MINUS STAR DOUBLESTAR SLASH DOUBLESLASH PERCENT AT LEFTSHIFT RIGHTSHIFT AMPER VBAR CIRCUMFLEX "
                + "TILDE LESS GREATER LESSEQUAL GREATEREQUAL EQEQUAL NOTEQUAL RARROW COLONEQUAL ELLIPSIS DOT COMMA "
                + "COLON SEMI EQUAL PLUSEQUAL MINEQUAL STAREQUAL DOUBLESTAREQUAL SLASHEQUAL DOUBLESLASHEQUAL "
                + "PERCENTEQUAL ATEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL "
                + "LPAR RPAR LSQB RSQB LBRACE RBRACE NEWLINE ENDMARKER";
        assertEquals(expected, kinds(ops));
        assertEquals("NAME DOT DOT NAME NEWLINE ENDMARKER", kinds("a..b"));
    }

    // ------------------------------------------------------------------ numbers

    @Test
    void integers() {
        assertEquals(255L, value("0xff"));
        assertEquals(255L, value("0X_F_F"));
        assertEquals(15L, value("0o17"));
        assertEquals(10L, value("0b1010"));
        assertEquals(1_000_000L, value("1_000_000"));
        assertEquals(0L, value("0"));
        assertEquals(0L, value("00"));
        assertEquals(0L, value("0_0"));
        assertEquals(Long.MAX_VALUE, value("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), value("9223372036854775808"));
        assertEquals(new BigInteger("ffffffffffffffffffff", 16), value("0xffffffffffffffffffff"));
    }

    @Test
    void floats() {
        assertEquals(1.0, value("1."));
        assertEquals(0.5, value(".5"));
        assertEquals(1e10, value("1e10"));
        assertEquals(1.0005, value("1_000.5e-3"));
        assertEquals(2.5e-3, value("2.5E-3"));
        assertEquals(12.5, value("012.5"));   // leading zeros are fine in a float
        assertEquals(120.0, value("012e1"));
        assertEquals(Double.POSITIVE_INFINITY, value("1e400"));
    }

    @Test
    void numberFollowedByKeyword() {
        assertEquals("NUMBER IF NUMBER ELSE NUMBER NEWLINE ENDMARKER", kinds("1if 1else 2"));
        assertEquals("NUMBER OR NEWLINE ENDMARKER", kinds("0x1for"));   // 0x1f, then 'or', as in CPython
    }

    // ------------------------------------------------------------------ strings

    @Test
    void stringPrefixesAndQuotes() {
        assertEquals("abc", string("'abc'").value());
        assertEquals("abc", string("\"abc\"").value());
        assertEquals("a'b", string("\"a'b\"").value());
        assertEquals("x\ny", string("'''x\ny'''").value());
        assertEquals("x\"\"y", string("\"\"\"x\"\"y\"\"\"").value());
        assertEquals("\\n", string("r'\\n'").value());
        assertEquals("\\n", string("R'\\n'").value());
        assertEquals("abc", string("u'abc'").value());
        assertArrayEquals("ab\n".getBytes(), (byte[]) string("b'ab\\n'").value());
        assertArrayEquals("a\\n".getBytes(), (byte[]) string("Rb'a\\n'").value());
        assertArrayEquals("a\\n".getBytes(), (byte[]) string("bR'a\\n'").value());
        StringLiteral f = string("rF'{x}\\n'");
        assertTrue(f.fstring() && f.raw() && !f.bytes());
        assertNull(f.value());
    }

    @Test
    void prefixIsOnlyAPrefixBeforeAQuote() {
        assertEquals("NAME NAME NEWLINE ENDMARKER", kinds("rb fr"));
        assertEquals("NAME STRING NEWLINE ENDMARKER", kinds("bu'x'"));   // 'bu' is not a prefix
    }

    @Test
    void escapes() {
        assertEquals("\n\t\r\\'\"\u0007\b\f\u000b", string("'\\n\\t\\r\\\\\\'\\\"\\a\\b\\f\\v'").value());
        assertEquals("\0A\u00ff\u01ff", string("'\\0\\101\\xff\\777'").value());
        assertEquals("\u00e9\ud83d\ude00", string("'\\u00e9\\U0001F600'").value());
        assertEquals("ab", string("'a\\\nb'").value());              // backslash-newline
        assertEquals("\\d\\8\\{", string("'\\d\\8\\{'").value());    // unknown escapes keep the backslash
        assertArrayEquals(new byte[] {(byte) 0xff, '\\', 'u', '1'}, (byte[]) string("b'\\777\\u1'").value());
    }

    @Test
    void stringErrors() {
        assertError("x = 'abc\ny", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5);
        assertError("x = 'abc\\\ndef", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5);
        assertError("x = 1\ny = '''abc\n\ndef", "SyntaxError",
                "unterminated triple-quoted string literal (detected at line 4)", 2, 5);
        assertError("x = b'caf\u00e9'", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 5);
        assertError("x = '\\x4'", "SyntaxError",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 6);
        assertError("x = '\\u12'", "SyntaxError",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 6);
        assertError("x = '\\U0011FFFF'", "SyntaxError",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 6);
        assertError("x = b'\\x4'", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 7);
        assertError("x = '\\N{BULLET}'", "SyntaxError",
                "'\\N{...}' escapes are not supported by gillab (docs/language.md lists the subset)", 1, 6);
    }

    // ------------------------------------------------------------------ errors

    static Stream<Arguments> errors() {
        return Stream.of(
            Arguments.of("x = 012", "SyntaxError",
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5),
            Arguments.of("x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5),
            Arguments.of("x = 1_", "SyntaxError", "invalid decimal literal", 1, 5),
            Arguments.of("x = 1__0", "SyntaxError", "invalid decimal literal", 1, 5),
            Arguments.of("x = 1e+", "SyntaxError", "invalid decimal literal", 1, 5),
            Arguments.of("x = 0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 8),
            Arguments.of("x = 0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 7),
            Arguments.of("x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 5),
            Arguments.of("x = 0xg", "SyntaxError", "invalid hexadecimal literal", 1, 5),
            Arguments.of("x = 1j", "SyntaxError",
                "complex numbers are not supported by gillab (docs/language.md lists the subset)", 1, 5),
            Arguments.of("x = 1.5e3J", "SyntaxError",
                "complex numbers are not supported by gillab (docs/language.md lists the subset)", 1, 5),
            Arguments.of("x = $", "SyntaxError", "invalid character '$' (U+0024)", 1, 5),
            Arguments.of("x = a ? b", "SyntaxError", "invalid character '?' (U+003F)", 1, 7),
            Arguments.of("x = `a`", "SyntaxError", "invalid character '`' (U+0060)", 1, 5),
            Arguments.of("x = 3 \u20ac", "SyntaxError", "invalid character '\u20ac' (U+20AC)", 1, 7),
            Arguments.of("x =\u00a01", "SyntaxError", "invalid non-printable character U+00A0", 1, 4),
            Arguments.of("f(a,\n  [b, c", "SyntaxError", "'[' was never closed", 2, 3),
            Arguments.of("x = (1 +\n\n", "SyntaxError", "'(' was never closed", 1, 5),
            Arguments.of("x = [1, 2)", "SyntaxError",
                "closing parenthesis ')' does not match opening parenthesis '['", 1, 10),
            Arguments.of("x = (1,\n 2]", "SyntaxError",
                "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 3),
            Arguments.of("x = )", "SyntaxError", "unmatched ')'", 1, 5),
            Arguments.of("x = 1 \\ 2", "SyntaxError", "unexpected character after line continuation character", 1, 8),
            Arguments.of("x = 1 \\", "SyntaxError", "unexpected EOF while parsing", 1, 8),
            Arguments.of("if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3),
            Arguments.of("if x:\n\ty\n        z\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 9),
            Arguments.of("if x:\n        y\n\tz\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 2),
            Arguments.of("if x:\n    \ty\n\tz\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 2),
            Arguments.of("x = (" + "(".repeat(200) + "1", "SyntaxError", "too many nested parentheses", 1, 205));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void lexicalErrors(String src, String kind, String message, int line, int col) {
        assertError(src, kind, message, line, col);
    }

    @Test
    void tooManyIndentationLevels() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) sb.append(" ".repeat(i)).append("if x:\n");
        sb.append(" ".repeat(100)).append("pass\n");
        assertError(sb.toString(), "IndentationError", "too many levels of indentation", 101, 101);   // as CPython
    }

    @Test
    void errorIsSticky() {
        Lexer lx = new Lexer(new Source("<t>", "x $"));
        assertEquals(NAME, lx.next().kind());
        SourceError first = assertThrows(SourceError.class, lx::next);
        assertSame(first, assertThrows(SourceError.class, lx::next));
    }
}
