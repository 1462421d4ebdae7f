package org.gillab.lang;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.gillab.lang.Ast.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parser tests. The expected trees of {@link #exprs}, {@link #stmts} and {@link #positions} were
 * produced by CPython 3.11's {@code ast} module, converted to {@link AstDump}'s notation, so they
 * check that gillab reads these programs exactly as CPython does, positions included (CPython
 * gives every part of an f-string the position of the whole string; gillab gives each part its
 * own, which {@link #fstringPartPositions} checks). The messages of {@link #errors} are CPython's
 * where it has one; positions point at the offending token.
 */
class ParserTest {
    private static final String GILLAB = " by gillab (docs/language.md lists the subset)";

    private static Ast.Module parse(String text) { return Parser.parse(new Source("<test>", text)); }

    private static Expr expr(String text) {
        Ast.Module m = parse(text);
        assertEquals(1, m.body().size());
        return ((ExprStmt) m.body().get(0)).value();
    }

    private static String statements(String text) {
        String d = AstDump.dump(parse(text));
        return d.substring("Module(".length(), d.length() - 1);
    }

    private static SourceError error(String text) {
        return assertThrows(SourceError.class, () -> parse(text));
    }

    private static void assertError(String text, String kind, String message, int line, int col) {
        SourceError e = error(text);
        assertEquals(message, e.getMessage());
        assertEquals(kind, e.kind, "kind");
        assertEquals(line + ":" + col, e.line + ":" + e.col, "position");
    }

    // ------------------------------------------------------------------ trees, checked against CPython

    @ParameterizedTest
    @MethodSource("exprs")
    void expressions(String src, String expected) {
        assertEquals(expected, AstDump.dump(expr(src)));
    }

    @ParameterizedTest
    @MethodSource("stmts")
    void statementForms(String src, String expected) {
        assertEquals(expected, statements(src));
    }

    @ParameterizedTest
    @MethodSource("positions")
    void positionsMatchCPython(String src, String expected) {
        assertEquals(expected, AstDump.dump(parse(src), true));
    }

    // ------------------------------------------------------------------ specific checks

    @Test
    void precedenceOfUnaryMinusAndPower() {
        UnaryOp neg = (UnaryOp) expr("-2**2");
        assertEquals(UnaryOpKind.NEG, neg.op());
        assertEquals(BinOpKind.POW, ((BinOp) neg.operand()).op());
    }

    @Test
    void constantsHaveTheDocumentedTypes() {
        assertEquals(1L, ((Constant) expr("1")).value());
        assertEquals(new BigInteger("18446744073709551616"), ((Constant) expr("18446744073709551616")).value());
        assertEquals(1.5, ((Constant) expr("1.5")).value());
        assertEquals("s", ((Constant) expr("'s'")).value());
        assertArrayEquals(new byte[] {'b', 'c'}, ((Bytes) ((Constant) expr("b'b' b'c'")).value()).data());
        assertSame(Ast.NONE, ((Constant) expr("None")).value());
        assertSame(Ast.ELLIPSIS, ((Constant) expr("...")).value());
        assertEquals(Boolean.TRUE, ((Constant) expr("True")).value());
        assertEquals(Boolean.FALSE, ((Constant) expr("False")).value());
    }

    @Test
    void fstringPartPositions() {
        // line 1: x = f"a{b!r:>{w}}c" 'd'
        JoinedStr j = (JoinedStr) ((Assign) parse("x = f\"a{b!r:>{w}}c\" 'd'\n").body().get(0)).value();
        assertEquals(3, j.parts().size());
        Constant a = (Constant) j.parts().get(0);
        assertEquals("a@1:7", a.value() + "@" + a.line() + ":" + a.col());
        FormattedValue fv = (FormattedValue) j.parts().get(1);
        assertEquals("1:8", fv.line() + ":" + fv.col());
        assertEquals('r', fv.conversion());
        Name b = (Name) fv.value();
        assertEquals("b@1:9", b.id() + "@" + b.line() + ":" + b.col());
        JoinedStr spec = (JoinedStr) fv.formatSpec();
        assertEquals("1:13", spec.line() + ":" + spec.col());
        assertEquals(">", ((Constant) spec.parts().get(0)).value());
        Name w = (Name) ((FormattedValue) spec.parts().get(1)).value();
        assertEquals("w@1:15", w.id() + "@" + w.line() + ":" + w.col());
        Constant cd = (Constant) j.parts().get(2);   // "c" and the next literal 'd' merge
        assertEquals("cd@1:18", cd.value() + "@" + cd.line() + ":" + cd.col());
    }

    @Test
    void fstringFieldSpanningLinesKeepsRealPositions() {
        JoinedStr j = (JoinedStr) expr("f'''x\n  {a +\n     b}'''");
        BinOp sum = (BinOp) ((FormattedValue) j.parts().get(1)).value();
        assertEquals("2:4", sum.line() + ":" + sum.col());
        assertEquals("3:6", sum.right().line() + ":" + sum.right().col());
    }

    @Test
    void fstringEscapesAndBraces() {
        assertEquals("JoinedStr([Constant(\"\\u000a{\"), FormattedValue(Name(x), -, -), Constant(\"}\\\\\")])",
                AstDump.dump(expr("f'\\n{{{x}}}\\\\'")));
        assertEquals("JoinedStr([Constant(\"\\\\n\"), FormattedValue(Name(x), -, -)])", AstDump.dump(expr("rf'\\n{x}'")));
        // as in CPython 3.11, a backslash does not escape a brace: "\{6}" is a backslash, then a field
        assertEquals("JoinedStr([Constant(\"\\\\\"), FormattedValue(Constant(6), -, -)])", AstDump.dump(expr("f'\\{6}'")));
        assertEquals("JoinedStr([])", AstDump.dump(expr("f''")));
        assertEquals("JoinedStr([Constant(\"ab\")])", AstDump.dump(expr("'a' f'b'")));
        assertEquals("Constant(\"ab\")", AstDump.dump(expr("'a' 'b'")));
    }

    @Test
    void positionsOfStatementsInBlocks() {
        Ast.Module m = parse("if a:\n    x = 1\nelif b:\n    pass\n");
        If outer = (If) m.body().get(0);
        assertEquals("1:1", outer.line() + ":" + outer.col());
        Assign x = (Assign) outer.body().get(0);
        assertEquals("2:5", x.line() + ":" + x.col());
        If elif = (If) outer.orelse().get(0);
        assertEquals("3:1", elif.line() + ":" + elif.col());
    }

    @Test
    void softKeywordsRemainNames() {
        assertEquals("[Assign([Name(match)], Constant(1)), ExprStmt(Compare(Name(match), EQ, Name(case))), "
                + "AnnAssign(Name(type), Name(int), -)]", statements("match = 1\nmatch == case\ntype: int\n"));
    }

    // ------------------------------------------------------------------ errors

    @ParameterizedTest
    @MethodSource("errors")
    void syntaxErrors(String src, String kind, String message, int line, int col) {
        assertError(src, kind, message, line, col);
    }

    @Test
    void lexicalErrorLaterInTheFileIsPreferredAsInCPython() {
        assertError("x = = 2\ny = 'abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5);
        // but not an unknown ASCII character, which CPython's tokenizer leaves to the parser
        assertError("x = = 2\ny = $", "SyntaxError", "invalid syntax", 1, 5);
        // and an unclosed bracket only when it was opened before the parser error's line
        assertError("x = = (2,\n", "SyntaxError", "invalid syntax", 1, 5);
        assertError("f(a,\nx = = 2\n", "SyntaxError", "'(' was never closed", 1, 2);
    }

    @Test
    void errorsRenderWithTheSourceLine() {
        SourceError e = error("x = 1\nif x = 2:\n    pass\n");
        assertEquals("<test>:2:4: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"
                + "    if x = 2:\n       ^\n", e.render());
    }

    // ------------------------------------------------------------------ nesting and robustness

    @Test
    void deepNestingIsBoundedNotAStackOverflow() {
        assertDoesNotThrow(() -> parse("x = " + "(".repeat(199) + "1" + ")".repeat(199)));
        assertDoesNotThrow(() -> parse("x = " + "[".repeat(150) + "]".repeat(150)));
        assertDoesNotThrow(() -> parse("x = " + "f(".repeat(150) + ")".repeat(150)));
        assertError("x = " + "(".repeat(201) + "1" + ")".repeat(201), "SyntaxError", "too many nested parentheses", 1, 205);
        assertEquals("expression too deeply nested", error("x = " + "-".repeat(5000) + "1").getMessage());
        assertEquals("expression too deeply nested", error("x = " + "not ".repeat(5000) + "1").getMessage());
        assertEquals("expression too deeply nested", error("x = " + "lambda: ".repeat(5000) + "1").getMessage());
        assertEquals("expression too deeply nested", error("x = " + "2**".repeat(5000) + "1").getMessage());
        assertDoesNotThrow(() -> parse("x = " + "1 + ".repeat(50000) + "1"));   // long, not deep
    }

    @Test
    void deepNestingWorksOnASmallThreadStack() throws Exception {
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = parse("x = " + "-(".repeat(190) + "1" + ")".repeat(190));
            } catch (Throwable e) {
                result[0] = e;
            }
        }, "small-stack", 64 * 1024);
        t.start();
        t.join();
        assertInstanceOf(Ast.Module.class, result[0]);
    }

    private static final String[] SEEDS = {
        "def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a + b * c\n",
        "class C(Base, metaclass=M):\n    x: int = 0\n    def m(self):\n        yield self.x\n",
        "for i, (a, b) in enumerate(zip(xs, ys)):\n    if a < b <= c: continue\n    else: break\n",
        "try:\n    x = d['k'][1:2, ::3]\nexcept (KeyError, IndexError) as e:\n    raise ValueError('bad') from e\nfinally:\n    pass\n",
        "with open(p) as f, lock:\n    data = [l.strip() for l in f if l]\n",
        "print(f\"{x!r:>{width}} {y:.2f} {{literal}}\", sep='')\n",
        "x = {**a, 'k': 1, **{b: c for b, c in d.items()}}\ny = {*s, 1}\nz = (yield)\n",
        "lambda x, *y, z=3, **w: (x if y else z) or not w\n",
        "a, *b = c = d, e\na[i] += 1\ndel a[0], b.c\nglobal g\nassert x, 'm'\n",
        "import os.path as p\nfrom m import (a, b as c,)\n@dec(1)\ndef g(): pass\n",
        "s = '''tri\nple''' r'\\d' b'\\x00' rb'x'\nn = 0x_ff + 0o7 + 0b1 + 1_000.5e-3 + .5\n",
        "while x:\n\tif y:\n\t\tpass\n\telif z: x -= 1\n",
    };

    private static final String[] PIECES = {
        "(", ")", "[", "]", "{", "}", ":", ";", ",", ".", "'", "\"", "'''", "\\", "\n", "\t", " ", "    ", "#", "=", "==",
        "+", "-", "*", "**", "/", "//", "@", "!", "$", "?", "`", "~", "<", ">", ":=", "->", "...", "f'", "b'", "r'",
        "{{", "}}", "!r", ":>{w}", "0x", "1e", "_", "1j", "012", "\r", "\f", "\u00e9", "\ud83d\ude00", "\u00a0", "\u0000",
        "if", "else", "elif", "for", "in", "not", "is", "lambda", "yield", "await", "async", "def", "class", "return",
        "with", "as", "try", "except", "finally", "del", "global", "from", "import", "print", "match", "type", "pass",
    };

    /** Mutates valid programs at random (fixed seed): the parser must end with a tree or a SourceError. */
    @Test
    void randomMutationsOnlyEverRaiseSourceError() {
        Random r = new Random(20240601L);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 5000; i++) {
                StringBuilder sb = new StringBuilder(SEEDS[r.nextInt(SEEDS.length)]);
                int mutations = 1 + r.nextInt(5);
                for (int m = 0; m < mutations; m++) mutate(sb, r);
                checkOnlySourceError(sb.toString());
            }
        });
    }

    private static void mutate(StringBuilder sb, Random r) {
        int pos = r.nextInt(sb.length() + 1);
        switch (r.nextInt(4)) {
            case 0 -> sb.insert(pos, PIECES[r.nextInt(PIECES.length)]);
            case 1 -> sb.delete(Math.min(pos, sb.length()), Math.min(sb.length(), pos + 1 + r.nextInt(6)));
            case 2 -> {
                if (pos < sb.length()) sb.setCharAt(pos, PIECES[r.nextInt(PIECES.length)].charAt(0));
            }
            default -> {
                if (sb.length() == 0) return;
                int from = r.nextInt(sb.length());
                sb.insert(pos, sb.substring(from, Math.min(sb.length(), from + r.nextInt(20))));
            }
        }
    }

    private static void checkOnlySourceError(String src) {
        try {
            parse(src);
        } catch (SourceError e) {
            assertTrue(e.line >= 1 && e.col >= 1, () -> "bad position " + e.line + ":" + e.col + " for " + src);
            assertFalse(e.getMessage().startsWith("internal"), () -> e.getMessage() + " for " + src);
        } catch (Throwable t) {
            fail("non-SourceError " + t + " for input: " + src);
        }
    }

    @Test
    void randomTextOnlyEverRaisesSourceError() {
        Random r = new Random(7L);
        String alphabet = "ab1 \t\n()[]{}:;,.'\"\\#=+-*/@!<>~%^&|fbrj_0x";
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 3000; i++) {
                StringBuilder sb = new StringBuilder();
                int n = r.nextInt(60);
                for (int k = 0; k < n; k++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                checkOnlySourceError(sb.toString());
            }
        });
    }

    /** Every program of the test corpus is in gillab's subset, so it must parse. */
    @Test
    void corpusProgramsParse() throws IOException, java.net.URISyntaxException {
        // found on the class path, so the test runs whatever the working directory
        java.net.URL corpus = ParserTest.class.getResource("/corpus");
        assertNotNull(corpus, "the corpus is not on the test class path");
        Path dir = Path.of(corpus.toURI());
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                try {
                    Parser.parse(SourceFiles.read(p));
                    parsed++;
                } catch (SourceError e) {
                    failures.add(e.render());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(parsed > 20, "only " + parsed + " corpus programs found in " + dir);
    }

    // ------------------------------------------------------------------ test data

    static Stream<Arguments> exprs() {
        return Stream.of(
            Arguments.of("-2**2",
                "UnaryOp(NEG, BinOp(Constant(2), POW, Constant(2)))"),
            Arguments.of("a or b and not c",
                "BoolOp(OR, [Name(a), BoolOp(AND, [Name(b), UnaryOp(NOT, Name(c))])])"),
            Arguments.of("1 < x <= 3",
                "Compare(Constant(1), LT, Name(x), LE, Constant(3))"),
            Arguments.of("2**-1",
                "BinOp(Constant(2), POW, UnaryOp(NEG, Constant(1)))"),
            Arguments.of("2**3**2",
                "BinOp(Constant(2), POW, BinOp(Constant(3), POW, Constant(2)))"),
            Arguments.of("a | b ^ c & d << e + f * g ** h",
                "BinOp(Name(a), BITOR, BinOp(Name(b), BITXOR, BinOp(Name(c), BITAND, BinOp(Name(d), LSHIFT, BinOp(Name(e), ADD, BinOp(Name(f), MUL, BinOp(Name(g), POW, Name(h))))))))"),
            Arguments.of("not a == b",
                "UnaryOp(NOT, Compare(Name(a), EQ, Name(b)))"),
            Arguments.of("a if b else c if d else e",
                "IfExp(Name(b), Name(a), IfExp(Name(d), Name(c), Name(e)))"),
            Arguments.of("lambda x: x if y else z",
                "Lambda(Arguments([Arg(x)], [], -, [], [], -), IfExp(Name(y), Name(x), Name(z)))"),
            Arguments.of("x is not y",
                "Compare(Name(x), IS_NOT, Name(y))"),
            Arguments.of("x not in y",
                "Compare(Name(x), NOT_IN, Name(y))"),
            Arguments.of("--x",
                "UnaryOp(NEG, UnaryOp(NEG, Name(x)))"),
            Arguments.of("~-x",
                "UnaryOp(INVERT, UnaryOp(NEG, Name(x)))"),
            Arguments.of("a - b - c",
                "BinOp(BinOp(Name(a), SUB, Name(b)), SUB, Name(c))"),
            Arguments.of("a // b % c @ d / e",
                "BinOp(BinOp(BinOp(BinOp(Name(a), FLOORDIV, Name(b)), MOD, Name(c)), MATMUL, Name(d)), TRUEDIV, Name(e))"),
            Arguments.of("(a + b) * c",
                "BinOp(BinOp(Name(a), ADD, Name(b)), MUL, Name(c))"),
            Arguments.of("a < b == c > d",
                "Compare(Name(a), LT, Name(b), EQ, Name(c), GT, Name(d))"),
            Arguments.of("f(x)(y)[z].w",
                "Attribute(Subscript(Call(Call(Name(f), [Name(x)], []), [Name(y)], []), Name(z)), w)"),
            Arguments.of("-a.b ** -c[d]",
                "UnaryOp(NEG, BinOp(Attribute(Name(a), b), POW, UnaryOp(NEG, Subscript(Name(c), Name(d)))))"),
            Arguments.of("a and b or c and d",
                "BoolOp(OR, [BoolOp(AND, [Name(a), Name(b)]), BoolOp(AND, [Name(c), Name(d)])])"),
            Arguments.of("not not a",
                "UnaryOp(NOT, UnaryOp(NOT, Name(a)))"),
            Arguments.of("x if not y else lambda: z",
                "IfExp(UnaryOp(NOT, Name(y)), Name(x), Lambda(Arguments([], [], -, [], [], -), Name(z)))"),
            Arguments.of("a[1:2, ::3]",
                "Subscript(Name(a), TupleExpr([Slice(Constant(1), Constant(2), -), Slice(-, -, Constant(3))]))"),
            Arguments.of("a[i,]",
                "Subscript(Name(a), TupleExpr([Name(i)]))"),
            Arguments.of("a[:]",
                "Subscript(Name(a), Slice(-, -, -))"),
            Arguments.of("a[::]",
                "Subscript(Name(a), Slice(-, -, -))"),
            Arguments.of("a[1:]",
                "Subscript(Name(a), Slice(Constant(1), -, -))"),
            Arguments.of("a[:, 1]",
                "Subscript(Name(a), TupleExpr([Slice(-, -, -), Constant(1)]))"),
            Arguments.of("a[*b]",
                "Subscript(Name(a), TupleExpr([Starred(Name(b))]))"),
            Arguments.of("f(a, *b, c=1, *d, **e, f=2)",
                "Call(Name(f), [Name(a), Starred(Name(b)), Starred(Name(d))], [Keyword(\"c\", Constant(1)), Keyword(-, Name(e)), Keyword(\"f\", Constant(2))])"),
            Arguments.of("f(x for x in y)",
                "Call(Name(f), [GeneratorExp(Name(x), [Comprehension(Name(x), Name(y), [])])], [])"),
            Arguments.of("sum(x*y for x, y in z if x if y for w in x)",
                "Call(Name(sum), [GeneratorExp(BinOp(Name(x), MUL, Name(y)), [Comprehension(TupleExpr([Name(x), Name(y)]), Name(z), [Name(x), Name(y)]), Comprehension(Name(w), Name(x), [])])], [])"),
            Arguments.of("()",
                "TupleExpr([])"),
            Arguments.of("(x,)",
                "TupleExpr([Name(x)])"),
            Arguments.of("(x)",
                "Name(x)"),
            Arguments.of("(x, *y)",
                "TupleExpr([Name(x), Starred(Name(y))])"),
            Arguments.of("[1, *a, 2,]",
                "ListExpr([Constant(1), Starred(Name(a)), Constant(2)])"),
            Arguments.of("[x for x in y]",
                "ListComp(Name(x), [Comprehension(Name(x), Name(y), [])])"),
            Arguments.of("{}",
                "DictExpr([], [])"),
            Arguments.of("{1}",
                "SetExpr([Constant(1)])"),
            Arguments.of("{*a, 1}",
                "SetExpr([Starred(Name(a)), Constant(1)])"),
            Arguments.of("{**a, 'k': 1}",
                "DictExpr([-, Constant(\"k\")], [Name(a), Constant(1)])"),
            Arguments.of("{k: v for k, v in d.items() if v}",
                "DictComp(Name(k), Name(v), [Comprehension(TupleExpr([Name(k), Name(v)]), Call(Attribute(Name(d), items), [], []), [Name(v)])])"),
            Arguments.of("{x for x in y}",
                "SetComp(Name(x), [Comprehension(Name(x), Name(y), [])])"),
            Arguments.of("...",
                "Constant(Ellipsis)"),
            Arguments.of("None",
                "Constant(None)"),
            Arguments.of("True",
                "Constant(true)"),
            Arguments.of("False",
                "Constant(false)"),
            Arguments.of("'a' 'b'",
                "Constant(\"ab\")"),
            Arguments.of("b'a' b'b'",
                "Constant(b'6162')"),
            Arguments.of("f'a{x}b' 'c'",
                "JoinedStr([Constant(\"a\"), FormattedValue(Name(x), -, -), Constant(\"bc\")])"),
            Arguments.of("f'{x!r:>{width}}'",
                "JoinedStr([FormattedValue(Name(x), r, JoinedStr([Constant(\">\"), FormattedValue(Name(width), -, -)]))])"),
            Arguments.of("f'{{}}{x}{{'",
                "JoinedStr([Constant(\"{}\"), FormattedValue(Name(x), -, -), Constant(\"{\")])"),
            Arguments.of("f'{x:{a}.{b}f}'",
                "JoinedStr([FormattedValue(Name(x), -, JoinedStr([FormattedValue(Name(a), -, -), Constant(\".\"), FormattedValue(Name(b), -, -), Constant(\"f\")]))])"),
            Arguments.of("(yield)",
                "Yield(-)"),
            Arguments.of("(yield x)",
                "Yield(Name(x))"),
            Arguments.of("(yield a, b)",
                "Yield(TupleExpr([Name(a), Name(b)]))"),
            Arguments.of("[(a, b) for a in x for b in y if a if b]",
                "ListComp(TupleExpr([Name(a), Name(b)]), [Comprehension(Name(a), Name(x), []), Comprehension(Name(b), Name(y), [Name(a), Name(b)])])"),
            Arguments.of("lambda: 0",
                "Lambda(Arguments([], [], -, [], [], -), Constant(0))"),
            Arguments.of("lambda a, b=1, *c, d, e=2, **f: 0",
                "Lambda(Arguments([Arg(a), Arg(b)], [Constant(1)], Arg(c), [Arg(d), Arg(e)], [-, Constant(2)], Arg(f)), Constant(0))"),
            Arguments.of("lambda *, a: a",
                "Lambda(Arguments([], [], -, [Arg(a)], [-], -), Name(a))"),
            Arguments.of("lambda a, /, b: 0",
                "Lambda(Arguments([Arg(a), Arg(b)], [], -, [], [], -), Constant(0))"),
            Arguments.of("x[a:b:c]",
                "Subscript(Name(x), Slice(Name(a), Name(b), Name(c)))"),
            Arguments.of("a.b.c",
                "Attribute(Attribute(Name(a), b), c)"),
            Arguments.of("f()",
                "Call(Name(f), [], [])"),
            Arguments.of("f(a,)",
                "Call(Name(f), [Name(a)], [])"),
            Arguments.of("f(*a)",
                "Call(Name(f), [Starred(Name(a))], [])"),
            Arguments.of("f(**a)",
                "Call(Name(f), [], [Keyword(-, Name(a))])"),
            Arguments.of("0xff + 0o7 + 0b1 + 1_000",
                "BinOp(BinOp(BinOp(Constant(255), ADD, Constant(7)), ADD, Constant(1)), ADD, Constant(1000))"),
            Arguments.of("1.5e3 + .5 + 1.",
                "BinOp(BinOp(Constant(1500f), ADD, Constant(0.5f)), ADD, Constant(1f))"),
            Arguments.of("'\\x41\\u00e9'",
                "Constant(\"A\\u00e9\")"),
            Arguments.of("rb'\\x'",
                "Constant(b'5c78')"),
            Arguments.of("f'{a}' f'{b}'",
                "JoinedStr([FormattedValue(Name(a), -, -), FormattedValue(Name(b), -, -)])"),
            Arguments.of("f'''{\na\n}'''",
                "JoinedStr([FormattedValue(Name(a), -, -)])"),
            Arguments.of("f'{3!s:{w}}'",
                "JoinedStr([FormattedValue(Constant(3), s, JoinedStr([FormattedValue(Name(w), -, -)]))])"),
            Arguments.of("f'{x:}'",
                "JoinedStr([FormattedValue(Name(x), -, JoinedStr([]))])"),
            Arguments.of("f'{a, b}'",
                "JoinedStr([FormattedValue(TupleExpr([Name(a), Name(b)]), -, -)])"),
            Arguments.of("f'{x:{y}}'",
                "JoinedStr([FormattedValue(Name(x), -, JoinedStr([FormattedValue(Name(y), -, -)]))])"),
            Arguments.of("f'{\"q\"}'",
                "JoinedStr([FormattedValue(Constant(\"q\"), -, -)])"),
            Arguments.of("f'{d[\"k\"]}'",
                "JoinedStr([FormattedValue(Subscript(Name(d), Constant(\"k\")), -, -)])"),
            Arguments.of("f'{a!=b}'",
                "JoinedStr([FormattedValue(Compare(Name(a), NE, Name(b)), -, -)])"));
    }

    static Stream<Arguments> stmts() {
        return Stream.of(
            Arguments.of("def f(a, b=1, *args, c, d=2, **kw) -> T:\n    return a\n",
                "[FunctionDef(\"f\", Arguments([Arg(a), Arg(b)], [Constant(1)], Arg(args), [Arg(c), Arg(d)], [-, Constant(2)], Arg(kw)), [Return(Name(a))], [])]"),
            Arguments.of("def f(a, /, b):\n    pass\n",
                "[FunctionDef(\"f\", Arguments([Arg(a), Arg(b)], [], -, [], [], -), [Pass()], [])]"),
            Arguments.of("@dec\n@dec2(x)\ndef f(): pass\n",
                "[FunctionDef(\"f\", Arguments([], [], -, [], [], -), [Pass()], [Name(dec), Call(Name(dec2), [Name(x)], [])])]"),
            Arguments.of("@a.b\nclass C(Base, metaclass=M):\n    x = 1\n",
                "[ClassDef(\"C\", [Name(Base)], [Keyword(\"metaclass\", Name(M))], [Assign([Name(x)], Constant(1))], [Attribute(Name(a), b)])]"),
            Arguments.of("class C: pass\n",
                "[ClassDef(\"C\", [], [], [Pass()], [])]"),
            Arguments.of("class C(): pass\n",
                "[ClassDef(\"C\", [], [], [Pass()], [])]"),
            Arguments.of("global a, b\n",
                "[Global(a, b)]"),
            Arguments.of("def f():\n    nonlocal x\n",
                "[FunctionDef(\"f\", Arguments([], [], -, [], [], -), [Nonlocal(x)], [])]"),
            Arguments.of("del a, b[0], c.d\n",
                "[Delete([Name(a), Subscript(Name(b), Constant(0)), Attribute(Name(c), d)])]"),
            Arguments.of("del (a), [b]\n",
                "[Delete([Name(a), ListExpr([Name(b)])])]"),
            Arguments.of("assert x, 'msg'\n",
                "[Assert(Name(x), Constant(\"msg\"))]"),
            Arguments.of("assert x\n",
                "[Assert(Name(x), -)]"),
            Arguments.of("import a.b as c, d\n",
                "[Import([Alias(\"a.b\", \"c\"), Alias(\"d\", -)])]"),
            Arguments.of("from m import x as y, z\n",
                "[ImportFrom(\"m\", [Alias(\"x\", \"y\"), Alias(\"z\", -)], 0)]"),
            Arguments.of("from m.n import (x, y,)\n",
                "[ImportFrom(\"m.n\", [Alias(\"x\", -), Alias(\"y\", -)], 0)]"),
            Arguments.of("if a:\n    b\nelif c:\n    d\nelse:\n    e\n",
                "[If(Name(a), [ExprStmt(Name(b))], [If(Name(c), [ExprStmt(Name(d))], [ExprStmt(Name(e))])])]"),
            Arguments.of("while x:\n    break\nelse:\n    pass\n",
                "[While(Name(x), [Break()], [Pass()])]"),
            Arguments.of("for i, (a, b) in x:\n    continue\nelse:\n    pass\n",
                "[For(TupleExpr([Name(i), TupleExpr([Name(a), Name(b)])]), Name(x), [Continue()], [Pass()])]"),
            Arguments.of("for x, in y: pass\n",
                "[For(TupleExpr([Name(x)]), Name(y), [Pass()], [])]"),
            Arguments.of("for *a, b in c: pass\n",
                "[For(TupleExpr([Starred(Name(a)), Name(b)]), Name(c), [Pass()], [])]"),
            Arguments.of("try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n",
                "[Try([ExprStmt(Name(a))], [ExceptHandler(TupleExpr([Name(A), Name(B)]), \"e\", [ExprStmt(Name(b))]), ExceptHandler(Name(C), -, [ExprStmt(Name(c))]), ExceptHandler(-, -, [ExprStmt(Name(d))])], [ExprStmt(Name(e))], [ExprStmt(Name(f))])]"),
            Arguments.of("try:\n    a\nfinally:\n    b\n",
                "[Try([ExprStmt(Name(a))], [], [], [ExprStmt(Name(b))])]"),
            Arguments.of("with a as b, c as d:\n    pass\n",
                "[With([WithItem(Name(a), Name(b)), WithItem(Name(c), Name(d))], [Pass()])]"),
            Arguments.of("with (a as b, c as d,):\n    pass\n",
                "[With([WithItem(Name(a), Name(b)), WithItem(Name(c), Name(d))], [Pass()])]"),
            Arguments.of("with (a, b) as c:\n    pass\n",
                "[With([WithItem(TupleExpr([Name(a), Name(b)]), Name(c))], [Pass()])]"),
            Arguments.of("with (a, b):\n    pass\n",
                "[With([WithItem(Name(a), -), WithItem(Name(b), -)], [Pass()])]"),
            Arguments.of("with (a):\n    pass\n",
                "[With([WithItem(Name(a), -)], [Pass()])]"),
            Arguments.of("with (yield):\n    pass\n",
                "[With([WithItem(Yield(-), -)], [Pass()])]"),
            Arguments.of("with a as (b, c):\n    pass\n",
                "[With([WithItem(Name(a), TupleExpr([Name(b), Name(c)]))], [Pass()])]"),
            Arguments.of("raise X from Y\n",
                "[Raise(Name(X), Name(Y))]"),
            Arguments.of("raise\n",
                "[Raise(-, -)]"),
            Arguments.of("raise X\n",
                "[Raise(Name(X), -)]"),
            Arguments.of("x = y = z\n",
                "[Assign([Name(x), Name(y)], Name(z))]"),
            Arguments.of("a, b = b, a\n",
                "[Assign([TupleExpr([Name(a), Name(b)])], TupleExpr([Name(b), Name(a)]))]"),
            Arguments.of("a, *b = c\n",
                "[Assign([TupleExpr([Name(a), Starred(Name(b))])], Name(c))]"),
            Arguments.of("[a, b] = c\n",
                "[Assign([ListExpr([Name(a), Name(b)])], Name(c))]"),
            Arguments.of("x += 1\n",
                "[AugAssign(Name(x), ADD, Constant(1))]"),
            Arguments.of("x.y **= 2\n",
                "[AugAssign(Attribute(Name(x), y), POW, Constant(2))]"),
            Arguments.of("x[0] //= 2\n",
                "[AugAssign(Subscript(Name(x), Constant(0)), FLOORDIV, Constant(2))]"),
            Arguments.of("x: int\n",
                "[AnnAssign(Name(x), Name(int), -)]"),
            Arguments.of("x: int = 5\n",
                "[AnnAssign(Name(x), Name(int), Constant(5))]"),
            Arguments.of("x.y: List[int] = []\n",
                "[AnnAssign(Attribute(Name(x), y), Subscript(Name(List), Name(int)), ListExpr([]))]"),
            Arguments.of("(x): int = 1\n",
                "[AnnAssign(Name(x), Name(int), Constant(1))]"),
            Arguments.of("f(x)\n",
                "[ExprStmt(Call(Name(f), [Name(x)], []))]"),
            Arguments.of("pass; x = 1; y\n",
                "[Pass(), Assign([Name(x)], Constant(1)), ExprStmt(Name(y))]"),
            Arguments.of("if x: y = 1; z = 2\n",
                "[If(Name(x), [Assign([Name(y)], Constant(1)), Assign([Name(z)], Constant(2))], [])]"),
            Arguments.of("return\n",
                "[Return(-)]"),
            Arguments.of("return a, *b\n",
                "[Return(TupleExpr([Name(a), Starred(Name(b))]))]"),
            Arguments.of("x = yield\n",
                "[Assign([Name(x)], Yield(-))]"),
            Arguments.of("yield a, b\n",
                "[ExprStmt(Yield(TupleExpr([Name(a), Name(b)])))]"),
            Arguments.of("x = yield y\n",
                "[Assign([Name(x)], Yield(Name(y)))]"),
            Arguments.of("for x in *a, b: pass\n",
                "[For(Name(x), TupleExpr([Starred(Name(a)), Name(b)]), [Pass()], [])]"),
            Arguments.of("x = *a, b\n",
                "[Assign([Name(x)], TupleExpr([Starred(Name(a)), Name(b)]))]"),
            Arguments.of("x = a if b else c\n",
                "[Assign([Name(x)], IfExp(Name(b), Name(a), Name(c)))]"),
            Arguments.of("while (x): pass\n",
                "[While(Name(x), [Pass()], [])]"),
            Arguments.of("if x:\n    # c\n    pass\n\n\n# end\n",
                "[If(Name(x), [Pass()], [])]"),
            Arguments.of("x = 1;\n",
                "[Assign([Name(x)], Constant(1))]"),
            Arguments.of("class C:\n    def f(self):\n        return self\n\n    y = 2\n",
                "[ClassDef(\"C\", [], [], [FunctionDef(\"f\", Arguments([Arg(self)], [], -, [], [], -), [Return(Name(self))], []), Assign([Name(y)], Constant(2))], [])]"),
            Arguments.of("if x:\n  if y:\n      a\n  b\nc\n",
                "[If(Name(x), [If(Name(y), [ExprStmt(Name(a))], []), ExprStmt(Name(b))], []), ExprStmt(Name(c))]"),
            Arguments.of("print(f'{x}')\n",
                "[ExprStmt(Call(Name(print), [JoinedStr([FormattedValue(Name(x), -, -)])], []))]"),
            Arguments.of("@property\ndef f(): pass\n",
                "[FunctionDef(\"f\", Arguments([], [], -, [], [], -), [Pass()], [Name(property)])]"),
            Arguments.of("x = [\n  1,\n  2,\n]\n",
                "[Assign([Name(x)], ListExpr([Constant(1), Constant(2)]))]"),
            Arguments.of("x = 1 \\\n + 2\n",
                "[Assign([Name(x)], BinOp(Constant(1), ADD, Constant(2)))]"),
            Arguments.of("a = b = c = d\n",
                "[Assign([Name(a), Name(b), Name(c)], Name(d))]"),
            Arguments.of("async_ = 1\nmatch = 2\ncase = 3\ntype = 4\nmatch(x)\ntype(x)\nmatch [0]\n",
                "[Assign([Name(async_)], Constant(1)), Assign([Name(match)], Constant(2)), Assign([Name(case)], Constant(3)), Assign([Name(type)], Constant(4)), ExprStmt(Call(Name(match), [Name(x)], [])), ExprStmt(Call(Name(type), [Name(x)], [])), ExprStmt(Subscript(Name(match), Constant(0)))]"),
            Arguments.of("print (x)\n",
                "[ExprStmt(Call(Name(print), [Name(x)], []))]"));
    }

    static Stream<Arguments> positions() {
        return Stream.of(
            Arguments.of("x = (a + b) * c.d[1:2](e, k=f)\n",
                "Module([Assign([Name(x)@1:1], BinOp(BinOp(Name(a)@1:6, ADD, Name(b)@1:10)@1:6, MUL, Call(Subscript(Attribute(Name(c)@1:15, d)@1:15, Slice(Constant(1)@1:19, Constant(2)@1:21, -)@1:19)@1:15, [Name(e)@1:24], [Keyword(\"k\", Name(f)@1:29)@1:27])@1:15)@1:5)@1:1])@1:1"),
            Arguments.of("def f(a, *b, c=1, **d):\n    return [x for x in a if x], {k: v for k, v in d}\n",
                "Module([FunctionDef(\"f\", Arguments([Arg(a)@1:7], [], Arg(b)@1:11, [Arg(c)@1:14], [Constant(1)@1:16], Arg(d)@1:21), [Return(TupleExpr([ListComp(Name(x)@2:13, [Comprehension(Name(x)@2:19, Name(a)@2:24, [Name(x)@2:29])])@2:12, DictComp(Name(k)@2:34, Name(v)@2:37, [Comprehension(TupleExpr([Name(k)@2:43, Name(v)@2:46])@2:43, Name(d)@2:51, [])])@2:33])@2:12)@2:5], [])@1:1])@1:1"),
            Arguments.of("@dec\nclass C(B):\n    def m(self):\n        try:\n            pass\n        except E as e:\n            raise X from e\n",
                "Module([ClassDef(\"C\", [Name(B)@2:9], [], [FunctionDef(\"m\", Arguments([Arg(self)@3:11], [], -, [], [], -), [Try([Pass()@5:13], [ExceptHandler(Name(E)@6:16, \"e\", [Raise(Name(X)@7:19, Name(e)@7:26)@7:13])@6:9], [], [])@4:9], [])@3:5], [Name(dec)@1:2])@2:1])@1:1"),
            Arguments.of("for i, (a, b) in enumerate(\n        pairs):\n    print(f'{i:>{w}} {a!r}')\n",
                "Module([For(TupleExpr([Name(i)@1:5, TupleExpr([Name(a)@1:9, Name(b)@1:12])@1:8])@1:5, Call(Name(enumerate)@1:18, [Name(pairs)@2:9], [])@1:18, [ExprStmt(Call(Name(print)@3:5, [JoinedStr([FormattedValue(Name(i)@3:14, -, JoinedStr([Constant(\">\"), FormattedValue(Name(w)@3:18, -, -)])), Constant(\" \"), FormattedValue(Name(a)@3:23, r, -)])@3:11], [])@3:5)@3:5], [])@1:1])@1:1"),
            Arguments.of("with open(p) as f, lock:\n    data = f.read(); n = len(data)\n",
                "Module([With([WithItem(Call(Name(open)@1:6, [Name(p)@1:11], [])@1:6, Name(f)@1:17), WithItem(Name(lock)@1:20, -)], [Assign([Name(data)@2:5], Call(Attribute(Name(f)@2:12, read)@2:12, [], [])@2:12)@2:5, Assign([Name(n)@2:22], Call(Name(len)@2:26, [Name(data)@2:30], [])@2:26)@2:22])@1:1])@1:1"),
            Arguments.of("x = f'''a\n  {b +\n c}'''\n",
                "Module([Assign([Name(x)@1:1], JoinedStr([Constant(\"a\\u000a  \"), FormattedValue(BinOp(Name(b)@2:4, ADD, Name(c)@3:2)@2:4, -, -)])@1:5)@1:1])@1:1"),
            Arguments.of("y = lambda q, *r: -q ** 2 if not r else (yield)\n",
                "Module([Assign([Name(y)@1:1], Lambda(Arguments([Arg(q)@1:12], [], Arg(r)@1:16, [], [], -), IfExp(UnaryOp(NOT, Name(r)@1:34)@1:30, UnaryOp(NEG, BinOp(Name(q)@1:20, POW, Constant(2)@1:25)@1:20)@1:19, Yield(-)@1:42)@1:19)@1:5)@1:1])@1:1"),
            Arguments.of("import os.path as osp\nfrom a.b import (c as d,\n    e)\nglobal g\ndel x[0], y\nassert z, 'm'\nwhile 1 < x <= 3 and y or not z:\n    x -= 1\n",
                "Module([Import([Alias(\"os.path\", \"osp\")@1:8])@1:1, ImportFrom(\"a.b\", [Alias(\"c\", \"d\")@2:18, Alias(\"e\", -)@3:5], 0)@2:1, Global(g)@4:1, Delete([Subscript(Name(x)@5:5, Constant(0)@5:7)@5:5, Name(y)@5:11])@5:1, Assert(Name(z)@6:8, Constant(\"m\")@6:11)@6:1, While(BoolOp(OR, [BoolOp(AND, [Compare(Constant(1)@7:7, LT, Name(x)@7:11, LE, Constant(3)@7:16)@7:7, Name(y)@7:22])@7:7, UnaryOp(NOT, Name(z)@7:31)@7:27])@7:7, [AugAssign(Name(x)@8:5, SUB, Constant(1)@8:10)@8:5], [])@7:1])@1:1"));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
            Arguments.of("1 = x", "SyntaxError",
                "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
            Arguments.of("f() = 1", "SyntaxError",
                "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
            Arguments.of("(a, 1) = x", "SyntaxError",
                "cannot assign to literal", 1, 5),
            Arguments.of("True = 1", "SyntaxError",
                "cannot assign to True", 1, 1),
            Arguments.of("a + 1 = 2", "SyntaxError",
                "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1),
            Arguments.of("x = 1 = 2", "SyntaxError",
                "cannot assign to literal", 1, 5),
            Arguments.of("[a, f()] = 1", "SyntaxError",
                "cannot assign to function call", 1, 5),
            Arguments.of("a, b + 1 = 2", "SyntaxError",
                "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 4),
            Arguments.of("x = yield = 1", "SyntaxError",
                "assignment to yield expression not possible", 1, 5),
            Arguments.of("lambda: x = 1", "SyntaxError",
                "cannot assign to lambda", 1, 1),
            Arguments.of("*a = b", "SyntaxError",
                "starred assignment target must be in a list or tuple", 1, 1),
            Arguments.of("*a, *b = c", "SyntaxError",
                "multiple starred expressions in assignment", 1, 5),
            Arguments.of("__debug__ = 1", "SyntaxError",
                "cannot assign to __debug__", 1, 1),
            Arguments.of("x = 1 +", "SyntaxError",
                "invalid syntax", 1, 8),
            Arguments.of("if x = 1:\n  pass", "SyntaxError",
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4),
            Arguments.of("if x.y = 1:\n  pass", "SyntaxError",
                "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4),
            Arguments.of("if x\n  pass", "SyntaxError",
                "expected ':'", 1, 5),
            Arguments.of("while x\n  pass", "SyntaxError",
                "expected ':'", 1, 8),
            Arguments.of("for x in y\n  pass", "SyntaxError",
                "expected ':'", 1, 11),
            Arguments.of("def f:\n  pass", "SyntaxError",
                "expected '('", 1, 6),
            Arguments.of("def f(x)\n  pass", "SyntaxError",
                "expected ':'", 1, 9),
            Arguments.of("class C\n  pass", "SyntaxError",
                "expected ':'", 1, 8),
            Arguments.of("else:\n  pass", "SyntaxError",
                "invalid syntax", 1, 1),
            Arguments.of("x = 1\nelse:\n  pass", "SyntaxError",
                "invalid syntax", 2, 1),
            Arguments.of("if x:\n    pass\n  else:\n    pass", "IndentationError",
                "unindent does not match any outer indentation level", 3, 3),
            Arguments.of("print 'hi'", "SyntaxError",
                "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
            Arguments.of("print x", "SyntaxError",
                "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
            Arguments.of("exec 'x'", "SyntaxError",
                "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1),
            Arguments.of("a b", "SyntaxError",
                "invalid syntax", 1, 3),
            Arguments.of("[a b]", "SyntaxError",
                "invalid syntax. Perhaps you forgot a comma?", 1, 2),
            Arguments.of("f(a b)", "SyntaxError",
                "invalid syntax. Perhaps you forgot a comma?", 1, 3),
            Arguments.of("{1: 2 3: 4}", "SyntaxError",
                "invalid syntax. Perhaps you forgot a comma?", 1, 5),
            Arguments.of("f(a.b=1)", "SyntaxError",
                "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3),
            Arguments.of("f(True=1)", "SyntaxError",
                "cannot assign to True", 1, 3),
            Arguments.of("f(1=2)", "SyntaxError",
                "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3),
            Arguments.of("f(a=1, b)", "SyntaxError",
                "positional argument follows keyword argument", 1, 8),
            Arguments.of("f(**k, b)", "SyntaxError",
                "positional argument follows keyword argument unpacking", 1, 8),
            Arguments.of("f(**k, *a)", "SyntaxError",
                "iterable argument unpacking follows keyword argument unpacking", 1, 8),
            Arguments.of("f(x for x in y, 1)", "SyntaxError",
                "Generator expression must be parenthesized", 1, 3),
            Arguments.of("f(1, x for x in y)", "SyntaxError",
                "Generator expression must be parenthesized", 1, 6),
            Arguments.of("f(x for x in y,)", "SyntaxError",
                "Generator expression must be parenthesized", 1, 3),
            Arguments.of("f(a=1, a=2)", "SyntaxError",
                "keyword argument repeated: a", 1, 8),
            Arguments.of("def f(a=1, b): pass", "SyntaxError",
                "non-default argument follows default argument", 1, 12),
            Arguments.of("def f(*): pass", "SyntaxError",
                "named arguments must follow bare *", 1, 7),
            Arguments.of("def f(*, **k): pass", "SyntaxError",
                "named arguments must follow bare *", 1, 7),
            Arguments.of("def f(**k, a): pass", "SyntaxError",
                "arguments cannot follow var-keyword argument", 1, 12),
            Arguments.of("def f(*a=1): pass", "SyntaxError",
                "var-positional argument cannot have default value", 1, 9),
            Arguments.of("def f(**k=1): pass", "SyntaxError",
                "var-keyword argument cannot have default value", 1, 10),
            Arguments.of("def f(/, a): pass", "SyntaxError",
                "at least one argument must precede /", 1, 7),
            Arguments.of("def f(a, *, b, /): pass", "SyntaxError",
                "/ must be ahead of *", 1, 16),
            Arguments.of("def f(a, /, b, /): pass", "SyntaxError",
                "/ may appear only once", 1, 16),
            Arguments.of("def f(a, a): pass", "SyntaxError",
                "duplicate argument 'a' in function definition", 1, 10),
            Arguments.of("def f(*a, *b): pass", "SyntaxError",
                "* argument may appear only once", 1, 11),
            Arguments.of("lambda a=1, b: 0", "SyntaxError",
                "non-default argument follows default argument", 1, 13),
            Arguments.of("lambda *: 0", "SyntaxError",
                "named arguments must follow bare *", 1, 8),
            Arguments.of("x: int, y: int = 1, 2", "SyntaxError",
                "invalid syntax", 1, 7),
            Arguments.of("(a, b): int", "SyntaxError",
                "only single target (not tuple) can be annotated", 1, 1),
            Arguments.of("[a]: int", "SyntaxError",
                "only single target (not list) can be annotated", 1, 1),
            Arguments.of("f(): int", "SyntaxError",
                "illegal target for annotation", 1, 1),
            Arguments.of("(a, b) += 1", "SyntaxError",
                "'tuple' is an illegal expression for augmented assignment", 1, 1),
            Arguments.of("f() += 1", "SyntaxError",
                "'function call' is an illegal expression for augmented assignment", 1, 1),
            Arguments.of("1 += 1", "SyntaxError",
                "'literal' is an illegal expression for augmented assignment", 1, 1),
            Arguments.of("[a] += 1", "SyntaxError",
                "'list' is an illegal expression for augmented assignment", 1, 1),
            Arguments.of("del f()", "SyntaxError",
                "cannot delete function call", 1, 5),
            Arguments.of("del 1", "SyntaxError",
                "cannot delete literal", 1, 5),
            Arguments.of("del (a, 1)", "SyntaxError",
                "cannot delete literal", 1, 9),
            Arguments.of("del *a", "SyntaxError",
                "cannot delete starred", 1, 5),
            Arguments.of("for 1 in x: pass", "SyntaxError",
                "cannot assign to literal", 1, 5),
            Arguments.of("for x + 1 in y: pass", "SyntaxError",
                "cannot assign to expression", 1, 5),
            Arguments.of("for f() in y: pass", "SyntaxError",
                "cannot assign to function call", 1, 5),
            Arguments.of("with a as 1: pass", "SyntaxError",
                "cannot assign to literal", 1, 11),
            Arguments.of("with a as f(): pass", "SyntaxError",
                "cannot assign to function call", 1, 11),
            Arguments.of("[x for 1 in y]", "SyntaxError",
                "cannot assign to literal", 1, 8),
            Arguments.of("[x for a.b() in y]", "SyntaxError",
                "cannot assign to function call", 1, 8),
            Arguments.of("x if y", "SyntaxError",
                "expected 'else' after 'if' expression", 1, 1),
            Arguments.of("x = 1 if 2 else", "SyntaxError",
                "invalid syntax", 1, 16),
            Arguments.of("*a", "SyntaxError",
                "can't use starred expression here", 1, 1),
            Arguments.of("x = *a", "SyntaxError",
                "can't use starred expression here", 1, 5),
            Arguments.of("return *a", "SyntaxError",
                "can't use starred expression here", 1, 8),
            Arguments.of("(*a)", "SyntaxError",
                "cannot use starred expression here", 1, 2),
            Arguments.of("x += *a", "SyntaxError",
                "can't use starred expression here", 1, 6),
            Arguments.of("from m import x,", "SyntaxError",
                "trailing comma not allowed without surrounding parentheses", 1, 16),
            Arguments.of("from m import ()", "SyntaxError",
                "invalid syntax", 1, 16),
            Arguments.of("import a.", "SyntaxError",
                "invalid syntax", 1, 10),
            Arguments.of("global", "SyntaxError",
                "invalid syntax", 1, 7),
            Arguments.of("assert x, ", "SyntaxError",
                "invalid syntax", 1, 11),
            Arguments.of("raise X from", "SyntaxError",
                "invalid syntax", 1, 13),
            Arguments.of("f(**)", "SyntaxError",
                "invalid syntax", 1, 5),
            Arguments.of("f(*)", "SyntaxError",
                "invalid syntax", 1, 4),
            Arguments.of("a[]", "SyntaxError",
                "invalid syntax", 1, 3),
            Arguments.of("a.1", "SyntaxError",
                "invalid syntax", 1, 2),
            Arguments.of("a.", "SyntaxError",
                "invalid syntax", 1, 3),
            Arguments.of("a.if", "SyntaxError",
                "invalid syntax", 1, 3),
            Arguments.of("{**a for a in b}", "SyntaxError",
                "dict unpacking cannot be used in dict comprehension", 1, 2),
            Arguments.of("[*a for a in b]", "SyntaxError",
                "iterable unpacking cannot be used in comprehension", 1, 2),
            Arguments.of("{*a for a in b}", "SyntaxError",
                "iterable unpacking cannot be used in comprehension", 1, 2),
            Arguments.of("(*a for a in b)", "SyntaxError",
                "iterable unpacking cannot be used in comprehension", 1, 2),
            Arguments.of("{a: b for a, b in c, d}", "SyntaxError",
                "invalid syntax", 1, 20),
            Arguments.of("x = {1: 2, **a, 3}", "SyntaxError",
                "':' expected after dictionary key", 1, 17),
            Arguments.of("class C(x for x in y): pass", "SyntaxError",
                "invalid syntax", 1, 11),
            Arguments.of("try:\n  pass\n", "SyntaxError",
                "expected 'except' or 'finally' block", 3, 1),
            Arguments.of("try:\n  pass\nelse:\n  pass", "SyntaxError",
                "expected 'except' or 'finally' block", 3, 1),
            Arguments.of("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass", "SyntaxError",
                "default 'except:' must be last", 3, 1),
            Arguments.of("try:\n  pass\nexcept A, B:\n  pass", "SyntaxError",
                "multiple exception types must be parenthesized", 3, 8),
            Arguments.of("if x:\npass", "IndentationError",
                "expected an indented block after 'if' statement on line 1", 2, 1),
            Arguments.of("def f():\nreturn 1", "IndentationError",
                "expected an indented block after function definition on line 1", 2, 1),
            Arguments.of("class C:\n\nx", "IndentationError",
                "expected an indented block after class definition on line 1", 3, 1),
            Arguments.of("for x in y:\nz", "IndentationError",
                "expected an indented block after 'for' statement on line 1", 2, 1),
            Arguments.of("while x:\nz", "IndentationError",
                "expected an indented block after 'while' statement on line 1", 2, 1),
            Arguments.of("try:\nz", "IndentationError",
                "expected an indented block after 'try' statement on line 1", 2, 1),
            Arguments.of("try:\n  x\nexcept:\nz", "IndentationError",
                "expected an indented block after 'except' statement on line 3", 4, 1),
            Arguments.of("try:\n  x\nfinally:\nz", "IndentationError",
                "expected an indented block after 'finally' statement on line 3", 4, 1),
            Arguments.of("with a:\nz", "IndentationError",
                "expected an indented block after 'with' statement on line 1", 2, 1),
            Arguments.of("if a:\n  b\nelif c:\nd", "IndentationError",
                "expected an indented block after 'elif' statement on line 3", 4, 1),
            Arguments.of("if a:\n  b\nelse:\nd", "IndentationError",
                "expected an indented block after 'else' statement on line 3", 4, 1),
            Arguments.of("for x in y:\n  z\nelse:\nw", "IndentationError",
                "expected an indented block after 'else' statement on line 3", 4, 1),
            Arguments.of("if x:\n", "IndentationError",
                "expected an indented block after 'if' statement on line 1", 2, 1),
            Arguments.of("def f():\n    pass\n  x = 1", "IndentationError",
                "unindent does not match any outer indentation level", 3, 3),
            Arguments.of("  x = 1", "IndentationError",
                "unexpected indent", 1, 3),
            Arguments.of("x = 1\n    y = 2", "IndentationError",
                "unexpected indent", 2, 5),
            Arguments.of("if x: for y in z: pass", "SyntaxError",
                "invalid syntax", 1, 7),
            Arguments.of("if x: pass\n  y", "IndentationError",
                "unexpected indent", 2, 3),
            Arguments.of("async x = 1", "SyntaxError",
                "'async' is not supported" + GILLAB, 1, 1),
            Arguments.of("[x async for x in y]", "SyntaxError",
                "asynchronous comprehensions are not supported" + GILLAB, 1, 4),
            Arguments.of("a := 1", "SyntaxError",
                "assignment expressions (':=') are not supported" + GILLAB, 1, 3),
            Arguments.of("(a := 1)", "SyntaxError",
                "assignment expressions (':=') are not supported" + GILLAB, 1, 4),
            Arguments.of("if (n := 10) > 5: pass", "SyntaxError",
                "assignment expressions (':=') are not supported" + GILLAB, 1, 7),
            Arguments.of("yield from x", "SyntaxError",
                "'yield from' is not supported" + GILLAB, 1, 1),
            Arguments.of("x = yield from y", "SyntaxError",
                "'yield from' is not supported" + GILLAB, 1, 5),
            Arguments.of("from m import *", "SyntaxError",
                "'from ... import *' is not supported" + GILLAB, 1, 15),
            Arguments.of("from . import x", "SyntaxError",
                "relative imports are not supported" + GILLAB, 1, 6),
            Arguments.of("from .m import x", "SyntaxError",
                "relative imports are not supported" + GILLAB, 1, 6),
            Arguments.of("match x:\n    case 1: pass", "SyntaxError",
                "'match' statements are not supported" + GILLAB, 1, 1),
            Arguments.of("match(x):\n    case 1: pass", "SyntaxError",
                "'match' statements are not supported" + GILLAB, 1, 1),
            Arguments.of("type X = int", "SyntaxError",
                "'type' statements are not supported" + GILLAB, 1, 1),
            Arguments.of("type X[T] = list[T]", "SyntaxError",
                "'type' statements are not supported" + GILLAB, 1, 1),
            Arguments.of("def f[T](x): pass", "SyntaxError",
                "type parameter lists are not supported" + GILLAB, 1, 6),
            Arguments.of("class C[T]: pass", "SyntaxError",
                "type parameter lists are not supported" + GILLAB, 1, 8),
            Arguments.of("try:\n  pass\nexcept* E:\n  pass", "SyntaxError",
                "'except*' is not supported" + GILLAB, 3, 7),
            Arguments.of("x = 1j", "SyntaxError",
                "complex numbers are not supported" + GILLAB, 1, 5),
            Arguments.of("f'{}'", "SyntaxError",
                "f-string: empty expression not allowed", 1, 4),
            Arguments.of("f'{ }'", "SyntaxError",
                "f-string: empty expression not allowed", 1, 4),
            Arguments.of("f'{a!}'", "SyntaxError",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 6),
            Arguments.of("f'{a!x}'", "SyntaxError",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 6),
            Arguments.of("f'{a=}'", "SyntaxError",
                "the f-string '=' specifier is not supported" + GILLAB, 1, 5),
            Arguments.of("f'{a!r=}'", "SyntaxError",
                "f-string: expecting '}'", 1, 7),
            Arguments.of("f'{'", "SyntaxError",
                "f-string: expecting '}'", 1, 4),
            Arguments.of("f'}'", "SyntaxError",
                "f-string: single '}' is not allowed", 1, 3),
            Arguments.of("f'{a'", "SyntaxError",
                "f-string: expecting '}'", 1, 5),
            Arguments.of("f'{a:{b:{c}}}'", "SyntaxError",
                "f-string: expressions nested too deeply", 1, 9),
            Arguments.of("f'{a#}'", "SyntaxError",
                "f-string expression part cannot include '#'", 1, 5),
            Arguments.of("f'{a\\n}'", "SyntaxError",
                "f-string expression part cannot include a backslash", 1, 5),
            Arguments.of("f'{a!r'", "SyntaxError",
                "f-string: expecting '}'", 1, 7),
            Arguments.of("f'{a!rr}'", "SyntaxError",
                "f-string: expecting '}'", 1, 7),
            Arguments.of("f'{a:x}}'", "SyntaxError",
                "f-string: single '}' is not allowed", 1, 8),
            Arguments.of("f'{{}'", "SyntaxError",
                "f-string: single '}' is not allowed", 1, 5),
            Arguments.of("f'{a(}'", "SyntaxError",
                "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 6),
            Arguments.of("f'{a)}'", "SyntaxError",
                "f-string: unmatched ')'", 1, 5),
            Arguments.of("f'{\"a}'", "SyntaxError",
                "f-string: unterminated string", 1, 4),
            Arguments.of("f'{a b}'", "SyntaxError",
                "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 4),
            Arguments.of("f'{*a}'", "SyntaxError",
                "f-string: cannot use starred expression here", 1, 4),
            Arguments.of("f'{x +}'", "SyntaxError",
                "f-string: invalid syntax", 1, 7),
            Arguments.of("f'{\\N{BULLET}}'", "SyntaxError",
                "f-string expression part cannot include a backslash", 1, 4),
            Arguments.of("f'\\N{BULLET}'", "SyntaxError",
                "'\\N{...}' escapes are not supported" + GILLAB, 1, 3),
            Arguments.of("f'{lambda x: 1}'", "SyntaxError",
                "f-string: lambda expressions are not allowed without parentheses", 1, 4),
            Arguments.of("'a' b'b'", "SyntaxError",
                "cannot mix bytes and nonbytes literals", 1, 5),
            Arguments.of("b'a' 'b'", "SyntaxError",
                "cannot mix bytes and nonbytes literals", 1, 6),
            Arguments.of("b'a' f'b'", "SyntaxError",
                "cannot mix bytes and nonbytes literals", 1, 6),
            Arguments.of("f'a' b'b'", "SyntaxError",
                "cannot mix bytes and nonbytes literals", 1, 6),
            Arguments.of("x = (1,\n  2\ny = 3", "SyntaxError",
                "'(' was never closed", 1, 5),
            Arguments.of("foo(a,\nx = = 2", "SyntaxError",
                "'(' was never closed", 1, 4),
            Arguments.of("x = = 2\ny = 'unterminated", "SyntaxError",
                "unterminated string literal (detected at line 2)", 2, 5),
            Arguments.of("x = = 2\ny = $", "SyntaxError",
                "invalid syntax", 1, 5),
            Arguments.of("x = = 2\n  y\n z", "SyntaxError",
                "invalid syntax", 1, 5));
    }
}
