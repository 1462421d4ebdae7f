package org.gillab.lang;

import static org.gillab.lang.TokenKind.*;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gillab.lang.Ast.*;

/**
 * A hand-written recursive-descent parser for gillab's Python subset, producing {@link Ast}.
 *
 * <p>Statements follow CPython 3.11's grammar; binary operators use precedence climbing. The parser
 * looks ahead as far as it needs over a buffer of tokens and backtracks in two places only (a
 * parenthesized {@code with} header, and re-reading a bad {@code for} target as an expression to say
 * what is wrong with it).
 *
 * <p>Errors are {@link SourceError}s with CPython's wording where CPython has a good message.
 * Nothing else escapes {@link #parse}: nesting is bounded (see {@link #MAX_DEPTH}), every loop
 * consumes a token per turn, and an unexpected Java exception is turned into a SourceError.
 */
public final class Parser {
    /**
     * How deeply expressions may nest (brackets, unary operators, lambdas, conditionals...). CPython
     * allows 200 levels of brackets; brackets are also capped at 200 by the lexer. The bound keeps
     * the recursion well inside a default 1 MB thread stack.
     */
    static final int MAX_DEPTH = 400;
    /**
     * How many levels the loops of this parser may add to one path of the tree: chained binary
     * operators, attribute, call and subscript trailers, 'elif' branches, 'with' items and
     * comprehension clauses each nest one node (or one compiler recursion) inside the last. The
     * parser reads them without recursing, but the symbol table and the compiler recurse once per
     * level, so an unbounded chain (a 10 MB file of "1+1+...") overflows even the 512 MB stack of
     * the threads that compile programs. This bound keeps that recursion far inside such a stack
     * (800,000 levels were measured to fit) while allowing long flat code; CPython 3.11's compiler
     * is stricter and gives up near 3000 (RecursionError during compilation).
     */
    static final int MAX_CHAIN = 100_000;

    private final Source src;
    private final LineMap lines;
    private final Lexer lexer;
    private final ArrayList<Token> tokens = new ArrayList<>();
    private int p;          // index of the current token in tokens
    private int depth;      // current expression nesting
    private int chain;      // levels the loops have added along the current path (see MAX_CHAIN)
    /** Parsing an f-string field, which CPython treats as if inside parentheses. */
    private final boolean nested;
    /** Tuples written without parentheses, by identity (records compare by value). */
    private final Set<Expr> bareTuples = Collections.newSetFromMap(new IdentityHashMap<>());

    private Parser(Source src, LineMap lines, Lexer lexer, int depth, int chain, boolean nested) {
        this.src = src;
        this.lines = lines;
        this.lexer = lexer;
        this.depth = depth;
        this.chain = chain;
        this.nested = nested;
    }

    // ------------------------------------------------------------------ entry points

    /**
     * Parses a whole module. Throws only {@link SourceError}.
     *
     * <p>The nesting limits keep the recursion within a default 1 MB thread stack. A caller on a
     * smaller stack that still overflows gets the parse redone on a thread of its own with a large
     * stack, so that the answer never depends on the caller's stack size.
     */
    public static Ast.Module parse(Source src) {
        try {
            return parseOnThisThread(src);
        } catch (StackOverflowError e) {
            return parseOnLargeStack(src);
        }
    }

    private static final long LARGE_STACK_BYTES = 256L << 20;

    static {
        // Initialize up front what a parse may first touch deep in its recursion: a class whose
        // static initializer is cut short by a StackOverflowError stays broken for the JVM's life.
        Objects.requireNonNull(Ast.NONE);
        TokenKind.keyword("if");
        Normalizer.normalize("x", Normalizer.Form.NFKC);
        Double.parseDouble("1.5");
        new BigInteger("123456789012345678901234567890").longValue();
        String.format("U+%04X", 36);
    }

    /** Parses, letting a StackOverflowError through so that {@link #parse} can retry. */
    private static Ast.Module parseOnThisThread(Source src) {
        LineMap lines = new LineMap(src.text());
        Parser ps = new Parser(src, lines, new Lexer(src, lines, 0, src.text().length(), false), 0, 0, false);
        try {
            return ps.module();
        } catch (SourceError e) {
            throw ps.preferLexicalError(e);
        } catch (RuntimeException e) {
            // a bug in this parser; still report it against the program, never as a Java crash
            throw ps.errorAt(ps.lastToken(), "internal parser error (" + e + ")");
        }
    }

    private static Ast.Module parseOnLargeStack(Source src) {
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = parseOnThisThread(src);
            } catch (StackOverflowError e) {
                result[0] = SourceError.syntax("expression too deeply nested", src, 1, 1);
            } catch (Throwable e) {
                result[0] = e;
            }
        }, "gillab-parser", LARGE_STACK_BYTES);
        t.setDaemon(true);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;   // finish the parse, then restore the flag for the caller
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (result[0] instanceof Ast.Module m) return m;
        if (result[0] instanceof SourceError e) throw e;
        throw SourceError.syntax("internal parser error (" + result[0] + ")", src, 1, 1);
    }

    /**
     * Parses the expression of an f-string field, {@code text[start, end)}, with real positions.
     * Its errors say "f-string: ..." as CPython's do.
     */
    static Expr fieldExpression(Source src, LineMap lines, int start, int end, int depth, int chain) {
        Parser ps = new Parser(src, lines, new Lexer(src, lines, start, end, true), depth, chain, true);
        try {
            if (ps.at(LAMBDA)) {   // its ':' ended the field: "{lambda x: 1}" reads as "lambda x" with spec " 1"
                throw ps.errorAt(ps.peek(), "f-string: lambda expressions are not allowed without parentheses");
            }
            Expr e = ps.at(YIELD) ? ps.yieldExpr() : ps.starExpressions();
            if (e instanceof Starred) throw ps.errorAt(e, "cannot use starred expression here");
            if (!ps.at(ENDMARKER)) throw ps.unexpectedWithHints(e);
            return e;
        } catch (SourceError e) {
            String m = e.getMessage();
            if (m.startsWith("f-string") || m.endsWith(Unsupported.SUFFIX)) throw e;
            throw new SourceError(e.kind, "f-string: " + m, e.file, e.line, e.col, e.lineText);
        }
    }

    /**
     * CPython reports a lexical error found later in the file in place of a parser error (the
     * tokenizer error is the real cause more often than not), and an unclosed bracket when it was
     * opened on an earlier line than the parser error.
     */
    private SourceError preferLexicalError(SourceError e) {
        if (lexer.failed() || e.getMessage().equals("unexpected indent")) return e;
        try {
            while (lexer.next().kind() != ENDMARKER) {
                // drain
            }
        } catch (SourceError lexical) {
            if (lexer.failedOnUnclosedBracket()) {
                int errorLine = Math.max(e.line, lastToken().line());
                return lexical.line < errorLine ? lexical : e;
            }
            if (lexical.kind.equals("SyntaxError") && !lexer.failedOnAsciiCharacter()) return lexical;
        } catch (RuntimeException | StackOverflowError ignored) {
            // the parser error stands
        }
        return e;
    }

    // ------------------------------------------------------------------ tokens

    private Token peek() { return peek(0); }

    private Token peek(int k) {
        while (tokens.size() <= p + k) tokens.add(lexer.next());
        return tokens.get(p + k);
    }

    private TokenKind kind() { return peek().kind(); }

    private boolean at(TokenKind k) { return peek().kind() == k; }

    private Token advance() {
        Token t = peek();
        if (t.kind() != ENDMARKER) p++;
        return t;
    }

    private boolean accept(TokenKind k) {
        if (!at(k)) return false;
        p++;
        return true;
    }

    private Token expect(TokenKind k) {
        if (at(k)) return advance();
        throw unexpected(peek());
    }

    /** The ':' of a compound statement's header; CPython says "expected ':'" when the line ends instead. */
    private void expectColon() { expectColon(false); }

    /**
     * With {@code always}, says "expected ':'" whatever follows instead, as CPython does where its
     * grammar requires the colon outright (after {@code def f()}, {@code try}, {@code else}, {@code finally}).
     */
    private void expectColon(boolean always) {
        if (accept(COLON)) return;
        throw always || at(NEWLINE) ? unexpectedOr(peek(), "expected ':'") : unexpected(peek());
    }

    private Token lastToken() {
        if (tokens.isEmpty()) return new Token(ENDMARKER, "", null, 1, 1, 1, 1, 0, 0);
        return tokens.get(Math.min(p, tokens.size() - 1));
    }

    private boolean atStatementEnd() {
        TokenKind k = kind();
        return k == NEWLINE || k == SEMI || k == ENDMARKER;
    }

    /** Tokens that can begin an expression (not counting '*' or 'yield'). */
    private static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA, NONE, TRUE, FALSE,
                 ELLIPSIS, AWAIT -> true;
            default -> false;
        };
    }

    // ------------------------------------------------------------------ errors

    private SourceError errorAt(Token t, String msg) { return SourceError.syntax(msg, src, t.line(), t.col()); }

    private SourceError errorAt(Node n, String msg) { return SourceError.syntax(msg, src, n.line(), n.col()); }

    private SourceError unsupported(Token t, String what) { return Unsupported.error(what, src, t.line(), t.col()); }

    private SourceError indentationError(Token t, String msg) {
        return new SourceError("IndentationError", msg, src.name(), t.line(), t.col(), src.lineText(t.line()));
    }

    /** The error for a token the grammar does not allow here. */
    private SourceError unexpected(Token t) { return unexpectedOr(t, "invalid syntax"); }

    /** Like {@link #unexpected}, with a specific message for ordinary tokens. */
    private SourceError unexpectedOr(Token t, String msg) {
        return switch (t.kind()) {
            case INDENT -> indentationError(t, "unexpected indent");
            case COLONEQUAL -> unsupported(t, "assignment expressions (':=') are not supported");
            case AWAIT -> unsupported(t, "'await' is not supported");
            case ASYNC -> unsupported(t, "'async' is not supported");
            default -> errorAt(t, msg);
        };
    }

    /**
     * The error after a complete expression that is followed by something unexpected: CPython's
     * hints for a forgotten comma (inside brackets) and for Python 2's print statement.
     */
    private SourceError unexpectedWithHints(Expr e) {
        Token t = peek();
        if (startsExpression(t) && t.kind() != NOT) {
            if (e instanceof Name n && (n.id().equals("print") || n.id().equals("exec"))) {
                return errorAt(e, "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?");
            }
            boolean nameThenString = e instanceof Name && t.kind() == STRING;
            if (insideBrackets() && !nameThenString && !isSoftKeyword(e)) {
                return errorAt(e, "invalid syntax. Perhaps you forgot a comma?");
            }
        }
        return unexpected(t);
    }

    private boolean insideBrackets() {
        int level = 0;
        for (int i = 0; i < p && i < tokens.size(); i++) {
            switch (tokens.get(i).kind()) {
                case LPAR, LSQB, LBRACE -> level++;
                case RPAR, RSQB, RBRACE -> level--;
                case NEWLINE -> level = 0;
                default -> { }
            }
        }
        return level > 0 || nested;
    }

    private static boolean isSoftKeyword(Expr e) {
        return e instanceof Name n && (n.id().equals("match") || n.id().equals("case") || n.id().equals("type")
                || n.id().equals("_"));
    }

    /** Counts one level of expression nesting; {@link #leave} undoes it. */
    private void enter(Token t) {
        if (++depth > MAX_DEPTH) {
            boolean bracket = t.kind() == LPAR || t.kind() == LSQB || t.kind() == LBRACE;
            throw errorAt(t, bracket ? "too many nested parentheses" : "expression too deeply nested");
        }
    }

    private void leave() { depth--; }

    /** Counts one more level a loop adds to the tree, at {@code t}; the caller gives it back when done. */
    private void link(Token t, String message) {
        if (++chain > MAX_CHAIN) throw errorAt(t, message);
    }

    // ------------------------------------------------------------------ statements

    private Ast.Module module() {
        List<Stmt> body = new ArrayList<>();
        while (!at(ENDMARKER)) statement(body);
        return new Ast.Module(1, 1, body);
    }

    /** One statement line: a compound statement, or simple statements separated by ';'. */
    private void statement(List<Stmt> out) {
        Token t = peek();
        switch (t.kind()) {
            case DEF -> out.add(functionDef(List.of()));
            case CLASS -> out.add(classDef(List.of()));
            case AT -> out.add(decorated());
            case IF -> out.add(ifStmt());
            case WHILE -> out.add(whileStmt());
            case FOR -> out.add(forStmt());
            case TRY -> out.add(tryStmt());
            case WITH -> out.add(withStmt());
            case ASYNC -> out.add(asyncStmt(List.of()));
            case INDENT -> throw indentationError(t, "unexpected indent");
            default -> {
                rejectSoftKeywordStatement(t);
                simpleStatements(out);
            }
        }
    }

    /** {@code async def}, {@code async for}, {@code async with} (the last two only inside an async def: the symbol table checks). */
    private Stmt asyncStmt(List<Expr> decorators) {
        Token async = peek();
        Token next = peek(1);
        if (next.kind() == DEF) {
            advance();
            return new AsyncFunctionDef((FunctionDef) functionDef(decorators));
        }
        if (!decorators.isEmpty()) throw unexpected(next);
        if (next.kind() == FOR) {
            advance();
            For f = (For) forStmt();
            return new AsyncFor(new For(async.line(), async.col(), f.target(), f.iter(), f.body(), f.orelse()));
        }
        if (next.kind() == WITH) {
            advance();
            With w = (With) withStmt();
            return new AsyncWith(new With(async.line(), async.col(), w.items(), w.body()));
        }
        throw asyncError(async);
    }

    private SourceError asyncError(Token t) {
        Token next = peek(1);
        String what = switch (next.kind()) {
            case DEF -> "'async def' is not supported";
            case FOR -> "'async for' is not supported";
            case WITH -> "'async with' is not supported";
            default -> "'async' is not supported";
        };
        return unsupported(t, what);
    }

    /** {@code match x:} and {@code type X = ...} are statements only when they look like them. */
    private void rejectSoftKeywordStatement(Token t) {
        if (t.kind() != NAME) return;
        String word = (String) t.value();
        if (word.equals("match") && startsExpression(peek(1)) && lineEndsWithColon()) {
            throw unsupported(t, "'match' statements are not supported");
        }
        if (word.equals("type") && peek(1).kind() == NAME && (peek(2).kind() == EQUAL || peek(2).kind() == LSQB)) {
            throw unsupported(t, "'type' statements are not supported");
        }
    }

    private boolean lineEndsWithColon() {
        for (int k = 1; ; k++) {
            Token t = peek(k);
            if (t.kind() == NEWLINE || t.kind() == ENDMARKER) return peek(k - 1).kind() == COLON;
        }
    }

    /** The body of a compound statement: an indented block, or simple statements on the same line. */
    private List<Stmt> block(String what, Token keyword) {
        List<Stmt> body = new ArrayList<>();
        if (accept(NEWLINE)) {
            if (!at(INDENT)) {
                throw indentationError(peek(), "expected an indented block after " + what + " on line "
                        + keyword.line());
            }
            advance();
            while (!at(DEDENT) && !at(ENDMARKER)) statement(body);
            accept(DEDENT);
            return body;
        }
        switch (kind()) {   // a compound statement cannot follow the colon on the same line
            case DEF, CLASS, AT, IF, WHILE, FOR, TRY, WITH, ASYNC -> throw unexpected(peek());
            default -> simpleStatements(body);
        }
        return body;
    }

    private void simpleStatements(List<Stmt> out) {
        for (;;) {
            Stmt s = simpleStatement();
            out.add(s);
            if (accept(SEMI)) {
                if (at(NEWLINE) || at(ENDMARKER)) break;
                continue;
            }
            if (!at(NEWLINE) && !at(ENDMARKER)) {
                throw s instanceof ExprStmt es ? unexpectedWithHints(es.value()) : unexpected(peek());
            }
            break;
        }
        accept(NEWLINE);
    }

    private Stmt simpleStatement() {
        Token t = peek();
        switch (t.kind()) {
            case PASS: advance(); return new Pass(t.line(), t.col());
            case BREAK: advance(); return new Break(t.line(), t.col());
            case CONTINUE: advance(); return new Continue(t.line(), t.col());
            case RETURN: {
                advance();
                Expr value = atStatementEnd() ? null : starExpressions();
                if (value != null) noBareStarred(value);
                return new Return(t.line(), t.col(), value);
            }
            case RAISE: return raiseStmt();
            case GLOBAL: advance(); return new Global(t.line(), t.col(), names());
            case NONLOCAL: advance(); return new Nonlocal(t.line(), t.col(), names());
            case DEL: return delStmt();
            case ASSERT: {
                advance();
                Expr test = expression();
                Expr msg = accept(COMMA) ? expression() : null;
                return new Assert(t.line(), t.col(), test, msg);
            }
            case IMPORT: return importStmt();
            case FROM: return fromImport();
            default: return expressionStatement();
        }
    }

    private Stmt raiseStmt() {
        Token t = advance();
        if (atStatementEnd()) return new Raise(t.line(), t.col(), null, null);
        Expr exc = expression();
        Expr cause = accept(FROM) ? expression() : null;
        return new Raise(t.line(), t.col(), exc, cause);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        do {
            names.add((String) expect(NAME).value());
        } while (accept(COMMA));
        return names;
    }

    private Stmt delStmt() {
        Token t = advance();
        Expr targets = starExpressions();
        Expr bad = Targets.invalid(targets, true);
        if (bad != null) throw errorAt(bad, "cannot delete " + Targets.describe(bad));
        List<Expr> list = isBareTuple(targets) ? ((TupleExpr) targets).elts() : List.of(targets);
        return new Delete(t.line(), t.col(), list);
    }

    private Stmt importStmt() {
        Token t = advance();
        List<Alias> names = new ArrayList<>();
        do {
            Token start = peek();
            String name = dottedName();
            String as = accept(AS) ? (String) expect(NAME).value() : null;
            names.add(new Alias(start.line(), start.col(), name, as));
        } while (accept(COMMA));
        return new Import(t.line(), t.col(), names);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder((String) expect(NAME).value());
        while (accept(DOT)) sb.append('.').append((String) expect(NAME).value());
        return sb.toString();
    }

    private Stmt fromImport() {
        Token t = advance();
        if (at(DOT) || at(ELLIPSIS)) throw unsupported(peek(), "relative imports are not supported");
        String module = dottedName();
        expect(IMPORT);
        if (at(STAR)) throw unsupported(peek(), "'from ... import *' is not supported");
        boolean parens = accept(LPAR);
        List<Alias> names = new ArrayList<>();
        for (;;) {
            Token start = expect(NAME);
            String as = accept(AS) ? (String) expect(NAME).value() : null;
            names.add(new Alias(start.line(), start.col(), (String) start.value(), as));
            if (!at(COMMA)) break;
            Token comma = advance();
            if (parens && at(RPAR)) break;
            if (!parens && atStatementEnd()) {
                throw errorAt(comma, "trailing comma not allowed without surrounding parentheses");
            }
        }
        if (parens) expect(RPAR);
        return new ImportFrom(t.line(), t.col(), module, names, 0);
    }

    /** Expression statements and every kind of assignment, which start the same way. */
    private Stmt expressionStatement() {
        Token start = peek();
        Expr first = at(YIELD) ? yieldExpr() : starExpressions();
        if (at(COLON)) return annotatedAssignment(start, first);
        if (kind().isAugAssign()) {
            Token op = advance();
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                throw errorAt(first, "'" + Targets.describe(first) + "' is an illegal expression for augmented assignment");
            }
            Expr value = assignedValue();
            return new AugAssign(start.line(), start.col(), first, augOp(op.kind()), value);
        }
        if (at(EQUAL)) {
            List<Expr> parts = new ArrayList<>();
            parts.add(first);
            while (accept(EQUAL)) parts.add(assignedValue());
            checkAssignTargets(parts);
            Expr value = parts.remove(parts.size() - 1);
            return new Assign(start.line(), start.col(), parts, value);
        }
        noBareStarred(first);
        return new ExprStmt(start.line(), start.col(), first);
    }

    private Expr assignedValue() {
        if (at(YIELD)) return yieldExpr();
        Expr v = starExpressions();
        noBareStarred(v);
        return v;
    }

    private Stmt annotatedAssignment(Token start, Expr target) {
        advance();   // ':'
        Expr annotation = expression();
        if (target instanceof TupleExpr) throw errorAt(target, "only single target (not tuple) can be annotated");
        if (target instanceof ListExpr) throw errorAt(target, "only single target (not list) can be annotated");
        if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
            throw errorAt(target, "illegal target for annotation");
        }
        Expr value = accept(EQUAL) ? assignedValue() : null;
        return new AnnAssign(start.line(), start.col(), target, annotation, value);
    }

    /**
     * Checks {@code t1 = t2 = ... = value}. Like CPython, suggests '==' when the first target is a
     * plain expression directly followed by '=' and a value, e.g. {@code f() = 1}.
     */
    private void checkAssignTargets(List<Expr> parts) {
        for (int i = 0; i < parts.size() - 1; i++) {
            Expr t = parts.get(i);
            if (t instanceof Yield) throw errorAt(t, "assignment to yield expression not possible");
            Expr bad = Targets.invalid(t, false);
            if (bad != null) {
                boolean endsTarget = bad == t || isBareTuple(t) && lastOf(((TupleExpr) t).elts()) == bad;
                Expr value = parts.get(1);
                Expr valueHead = isBareTuple(value) ? ((TupleExpr) value).elts().get(0) : value;
                boolean suggest = i == 0 && parts.size() == 2 && endsTarget && Targets.isBitwiseOrLevel(bad)
                        && !(bad instanceof Name)
                        && !(bad instanceof ListExpr || bad instanceof TupleExpr || bad instanceof GeneratorExp
                             || Targets.isSingletonConstant(bad))
                        && Targets.isBitwiseOrLevel(valueHead);
                throw errorAt(bad, "cannot assign to " + Targets.describe(bad)
                        + (suggest ? " here. Maybe you meant '==' instead of '='?" : ""));
            }
            checkStarredTargets(t);
        }
    }

    /** A target may hold one starred name per tuple or list, and only inside one. */
    private void checkStarredTargets(Expr t) {
        if (t instanceof Starred) throw errorAt(t, "starred assignment target must be in a list or tuple");
        List<Expr> elts = t instanceof TupleExpr tu ? tu.elts() : t instanceof ListExpr l ? l.elts() : List.of();
        boolean seen = false;
        for (Expr e : elts) {
            if (e instanceof Starred s) {
                if (seen) throw errorAt(e, "multiple starred expressions in assignment");
                seen = true;
                if (s.value() instanceof TupleExpr || s.value() instanceof ListExpr) checkStarredTargets(s.value());
            } else {
                checkStarredTargets(e);
            }
        }
    }

    private static Expr lastOf(List<Expr> l) { return l.get(l.size() - 1); }

    /** A tuple written without parentheses ({@code a, b = b, a}); remembered for error messages. */
    private Expr bareTuple(Token start, List<Expr> elts) {
        TupleExpr t = new TupleExpr(start.line(), start.col(), elts);
        bareTuples.add(t);
        return t;
    }

    private boolean isBareTuple(Expr e) { return e instanceof TupleExpr && bareTuples.contains(e); }

    /**
     * {@code *a} alone is only allowed as an element of a tuple, list or set, or a call argument.
     * When more text follows that cannot continue the statement, the syntax error is reported instead.
     */
    private void noBareStarred(Expr e) {
        if (e instanceof Starred && !startsExpression(peek())) throw errorAt(e, "can't use starred expression here");
    }

    private static BinOpKind augOp(TokenKind k) {
        return switch (k) {
            case PLUSEQUAL -> BinOpKind.ADD;
            case MINEQUAL -> BinOpKind.SUB;
            case STAREQUAL -> BinOpKind.MUL;
            case ATEQUAL -> BinOpKind.MATMUL;
            case SLASHEQUAL -> BinOpKind.TRUEDIV;
            case DOUBLESLASHEQUAL -> BinOpKind.FLOORDIV;
            case PERCENTEQUAL -> BinOpKind.MOD;
            case DOUBLESTAREQUAL -> BinOpKind.POW;
            case LEFTSHIFTEQUAL -> BinOpKind.LSHIFT;
            case RIGHTSHIFTEQUAL -> BinOpKind.RSHIFT;
            case VBAREQUAL -> BinOpKind.BITOR;
            case CIRCUMFLEXEQUAL -> BinOpKind.BITXOR;
            case AMPEREQUAL -> BinOpKind.BITAND;
            default -> throw new IllegalStateException("not an augmented assignment: " + k);
        };
    }

    // ------------------------------------------------------------------ compound statements

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (at(AT)) {
            advance();
            decorators.add(namedExpression());
            if (!accept(NEWLINE)) throw unexpected(peek());
        }
        return switch (kind()) {
            case DEF -> functionDef(decorators);
            case CLASS -> classDef(decorators);
            case ASYNC -> asyncStmt(decorators);
            default -> throw unexpected(peek());
        };
    }

    private Stmt functionDef(List<Expr> decorators) {
        Token def = advance();
        Token name = expect(NAME);
        if (at(LSQB)) throw unsupported(peek(), "type parameter lists are not supported");
        if (!at(LPAR)) throw unexpectedOr(peek(), "expected '('");
        advance();
        Arguments args = parameters(RPAR, false);
        expect(RPAR);
        if (accept(RARROW)) expression();   // the return annotation is parsed and dropped
        expectColon(true);
        List<Stmt> body = block("function definition", def);
        return new FunctionDef(def.line(), def.col(), (String) name.value(), args, body, decorators);
    }

    private Stmt classDef(List<Expr> decorators) {
        Token cls = advance();
        Token name = expect(NAME);
        if (at(LSQB)) throw unsupported(peek(), "type parameter lists are not supported");
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (at(LPAR)) {
            CallArgs a = callArguments(false);
            bases = a.args();
            keywords = a.keywords();
        }
        expectColon();
        List<Stmt> body = block("class definition", cls);
        return new ClassDef(cls.line(), cls.col(), (String) name.value(), bases, keywords, body, decorators);
    }

    private Stmt ifStmt() {
        Token kw = advance();   // 'if' or 'elif'
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'" + kw.text() + "' statement", kw);
        List<Stmt> orelse = List.of();
        if (at(ELIF)) {
            link(peek(), "too many 'elif' branches");
            try {
                orelse = List.of(ifStmt());
            } finally {
                chain--;
            }
        } else if (at(ELSE)) {
            orelse = elseBlock();
        }
        return new If(kw.line(), kw.col(), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        Token e = advance();
        expectColon(true);
        return block("'else' statement", e);
    }

    private Stmt whileStmt() {
        Token kw = advance();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'while' statement", kw);
        List<Stmt> orelse = at(ELSE) ? elseBlock() : List.of();
        return new While(kw.line(), kw.col(), test, body, orelse);
    }

    private Stmt forStmt() {
        Token kw = advance();
        Expr target = forTarget();
        expect(IN);
        Expr iter = starExpressions();
        noBareStarred(iter);
        expectColon();
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orelse = at(ELSE) ? elseBlock() : List.of();
        return new For(kw.line(), kw.col(), target, iter, body, orelse);
    }

    private Stmt tryStmt() {
        Token kw = advance();
        expectColon(true);
        List<Stmt> body = block("'try' statement", kw);
        List<ExceptHandler> handlers = new ArrayList<>();
        while (at(EXCEPT)) {
            Token ex = advance();
            if (at(STAR)) throw unsupported(peek(), "'except*' is not supported");
            if (!handlers.isEmpty() && handlers.get(handlers.size() - 1).type() == null) {
                throw errorAt(handlers.get(handlers.size() - 1), "default 'except:' must be last");
            }
            Expr type = null;
            String name = null;
            if (!at(COLON)) {
                type = expression();
                if (at(COMMA)) throw errorAt(type, "multiple exception types must be parenthesized");
                if (accept(AS)) name = (String) expect(NAME).value();
            }
            expectColon();
            List<Stmt> hbody = block("'except' statement", ex);
            handlers.add(new ExceptHandler(ex.line(), ex.col(), type, name, hbody));
        }
        List<Stmt> orelse = List.of();
        if (at(ELSE)) {
            if (handlers.isEmpty()) throw errorAt(peek(), "expected 'except' or 'finally' block");
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (at(FINALLY)) {
            Token f = advance();
            expectColon(true);
            finalbody = block("'finally' statement", f);
        } else if (handlers.isEmpty()) {
            throw errorAt(peek(), "expected 'except' or 'finally' block");
        }
        return new Try(kw.line(), kw.col(), body, handlers, orelse, finalbody);
    }

    private Stmt withStmt() {
        Token kw = advance();
        List<WithItem> items = null;
        if (at(LPAR)) items = parenthesizedWithItems();
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(COMMA));
        }
        int links = 0;
        try {
            for (WithItem item : items) {   // each item's exit handler wraps the next items and the body
                if (++chain > MAX_CHAIN) throw errorAt(item, "too many items in 'with' statement");
                links++;
            }
            expectColon();
            List<Stmt> body = block("'with' statement", kw);
            return new With(kw.line(), kw.col(), items, body);
        } finally {
            chain -= links;
        }
    }

    /**
     * {@code with (a as b, c as d):}. The '(' may also open an ordinary expression
     * ({@code with (a, b) as c:}), so this is tried first and undone if the header does not end in
     * ':' right after the ')', as CPython's grammar does.
     */
    private List<WithItem> parenthesizedWithItems() {
        int mark = p, savedDepth = depth;
        try {
            advance();
            List<WithItem> items = new ArrayList<>();
            do {
                if (at(RPAR)) break;
                items.add(withItem());
            } while (accept(COMMA));
            expect(RPAR);
            if (at(COLON) && !items.isEmpty()) return items;
        } catch (SourceError e) {
            if (lexer.failed()) throw e;
        }
        p = mark;
        depth = savedDepth;
        return null;
    }

    private WithItem withItem() {
        Expr ctx = expression();
        Expr vars = null;
        if (accept(AS)) {
            vars = targetElement();
            checkTarget(vars);
        }
        return new WithItem(ctx.line(), ctx.col(), ctx, vars);
    }

    // ------------------------------------------------------------------ targets of for / as

    /**
     * The target list after {@code for}. It is read with a grammar of its own (names, attributes,
     * subscripts, starred, and brackets of those) because an expression parser would swallow the
     * {@code in}. If that fails, the text is re-read as an expression to name what is wrong with it
     * ("cannot assign to function call"), as CPython does.
     */
    private Expr forTarget() {
        int mark = p, savedDepth = depth;
        SourceError failure = null;
        try {
            Expr t = targetList();
            if (at(IN)) {
                checkTarget(t);
                checkStarredTargets(t);
                return t;
            }
            failure = unexpected(peek());
        } catch (SourceError e) {
            if (lexer.failed()) throw e;
            failure = e;
        }
        p = mark;
        depth = savedDepth;
        Expr e = starExpressions();
        // "for a in b" reads as the comparison "a in b": the target is its left side
        if (e instanceof Compare c && c.ops().get(0) == CmpOpKind.IN) e = c.left();
        Expr bad = Targets.invalid(e, false);
        if (bad != null) throw errorAt(bad, "cannot assign to " + Targets.describe(bad));
        throw failure;
    }

    private Expr targetList() {
        Token start = peek();
        Expr first = targetElement();
        if (!at(COMMA)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (!startsExpression(peek()) && !at(STAR)) break;
            elts.add(targetElement());
        }
        return bareTuple(start, elts);
    }

    private Expr targetElement() {
        if (at(STAR)) {
            Token s = advance();
            enter(s);
            Expr inner = targetElement();
            leave();
            return new Starred(s.line(), s.col(), inner);
        }
        return primary();
    }

    private void checkTarget(Expr t) {
        Expr bad = Targets.invalid(t, false);
        if (bad != null) throw errorAt(bad, "cannot assign to " + Targets.describe(bad));
    }

    // ------------------------------------------------------------------ parameters

    /** A def's or a lambda's parameter list, up to (not including) {@code close}. */
    private Arguments parameters(TokenKind close, boolean lambda) {
        Token first = peek();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null, kwarg = null;
        Token star = null;
        boolean slash = false;
        Set<String> seen = new HashSet<>();
        while (!at(close)) {
            Token t = peek();
            if (kwarg != null) throw errorAt(t, "arguments cannot follow var-keyword argument");
            switch (t.kind()) {
                case SLASH -> {
                    advance();
                    if (slash) throw errorAt(t, "/ may appear only once");
                    if (star != null) throw errorAt(t, "/ must be ahead of *");
                    if (args.isEmpty()) throw errorAt(t, "at least one argument must precede /");
                    slash = true;   // positional-only parameters are folded into args
                }
                case STAR -> {
                    advance();
                    if (star != null) throw errorAt(t, "* argument may appear only once");
                    star = t;
                    if (at(NAME)) {
                        vararg = parameter(lambda, seen);
                        if (at(EQUAL)) throw errorAt(peek(), "var-positional argument cannot have default value");
                    } else if (!at(COMMA) || peek(1).kind() == close || peek(1).kind() == DOUBLESTAR) {
                        throw errorAt(t, "named arguments must follow bare *");
                    }
                }
                case DOUBLESTAR -> {
                    advance();
                    kwarg = parameter(lambda, seen);
                    if (at(EQUAL)) throw errorAt(peek(), "var-keyword argument cannot have default value");
                }
                case NAME -> {
                    Arg a = parameter(lambda, seen);
                    Expr def = accept(EQUAL) ? expression() : null;
                    if (star != null) {
                        kwonly.add(a);
                        kwDefaults.add(def);
                    } else {
                        if (def != null) defaults.add(def);
                        else if (!defaults.isEmpty()) throw errorAt(t, "non-default argument follows default argument");
                        args.add(a);
                    }
                }
                default -> throw unexpected(t);
            }
            if (!accept(COMMA)) break;
        }
        return new Arguments(first.line(), first.col(), args, defaults, vararg, kwonly, kwDefaults, kwarg);
    }

    private Arg parameter(boolean lambda, Set<String> seen) {
        Token n = expect(NAME);
        String name = (String) n.value();
        if (!seen.add(name)) throw errorAt(n, "duplicate argument '" + name + "' in function definition");
        if (!lambda && accept(COLON)) expression();   // the annotation is parsed and dropped
        return new Arg(n.line(), n.col(), name);
    }

    // ------------------------------------------------------------------ expressions

    /** {@code star_expressions}: a tuple without parentheses when there is a comma. */
    private Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!at(COMMA)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (!startsExpression(peek()) && !at(STAR)) break;
            elts.add(starExpression());
        }
        return bareTuple(start, elts);
    }

    private Expr starExpression() {
        if (at(STAR)) return starred();
        return expression();
    }

    /** An element of a display: {@code *x} or a named expression. */
    private Expr starNamedExpression() {
        if (at(STAR)) return starred();
        return namedExpression();
    }

    private Expr starred() {
        Token s = advance();
        enter(s);
        Expr value = bitwiseOr();
        leave();
        return new Starred(s.line(), s.col(), value);
    }

    /**
     * An expression where CPython would accept {@code :=}. gillab does not support the walrus; a
     * plain '=' here gets CPython's "Maybe you meant '=='" hints.
     */
    private Expr namedExpression() {
        Expr e = expression();
        if (at(COLONEQUAL)) throw unexpected(peek());
        if (at(EQUAL)) {
            if (e instanceof Name) throw errorAt(e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            if (Targets.isBitwiseOrLevel(e) && !(e instanceof ListExpr || e instanceof TupleExpr
                    || e instanceof GeneratorExp || Targets.isSingletonConstant(e))) {
                throw errorAt(e, "cannot assign to " + Targets.describe(e) + " here. Maybe you meant '==' instead of '='?");
            }
        }
        return e;
    }

    /** {@code expression}: a lambda, or a disjunction with an optional {@code if ... else ...}. */
    private Expr expression() {
        if (at(LAMBDA)) return lambda();
        Token start = peek();
        Expr body = disjunction();
        if (!at(IF)) return body;
        Token ifTok = advance();
        enter(ifTok);
        Expr test = disjunction();
        if (!accept(ELSE)) throw errorAt(body, "expected 'else' after 'if' expression");
        Expr orelse = expression();
        leave();
        return new IfExp(start.line(), start.col(), test, body, orelse);
    }

    private Expr lambda() {
        Token l = advance();
        enter(l);
        Arguments args = parameters(COLON, true);
        expect(COLON);
        Expr body = expression();
        leave();
        return new Lambda(l.line(), l.col(), args, body);
    }

    private Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!at(OR)) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept(OR)) values.add(conjunction());
        return new BoolOp(start.line(), start.col(), false, values);
    }

    private Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!at(AND)) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept(AND)) values.add(inversion());
        return new BoolOp(start.line(), start.col(), true, values);
    }

    private Expr inversion() {
        if (!at(NOT)) return comparison();
        Token t = advance();
        enter(t);
        Expr operand = inversion();
        leave();
        return new UnaryOp(t.line(), t.col(), UnaryOpKind.NOT, operand);
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<CmpOpKind> ops = null;
        List<Expr> comparators = null;
        for (;;) {
            CmpOpKind op = comparisonOperator();
            if (op == null) break;
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops == null ? left : new Compare(start.line(), start.col(), left, ops, comparators);
    }

    /** Consumes a comparison operator (one or two tokens) and returns it, or returns null. */
    private CmpOpKind comparisonOperator() {
        CmpOpKind op = switch (kind()) {
            case EQEQUAL -> CmpOpKind.EQ;
            case NOTEQUAL -> CmpOpKind.NE;
            case LESS -> CmpOpKind.LT;
            case LESSEQUAL -> CmpOpKind.LE;
            case GREATER -> CmpOpKind.GT;
            case GREATEREQUAL -> CmpOpKind.GE;
            case IN -> CmpOpKind.IN;
            case IS -> peek(1).kind() == NOT ? CmpOpKind.IS_NOT : CmpOpKind.IS;
            case NOT -> peek(1).kind() == IN ? CmpOpKind.NOT_IN : null;
            default -> null;
        };
        if (op == null) return null;
        advance();
        if (op == CmpOpKind.IS_NOT || op == CmpOpKind.NOT_IN) advance();
        return op;
    }

    private static int precedence(TokenKind k) {
        return switch (k) {
            case VBAR -> 1;
            case CIRCUMFLEX -> 2;
            case AMPER -> 3;
            case LEFTSHIFT, RIGHTSHIFT -> 4;
            case PLUS, MINUS -> 5;
            case STAR, SLASH, DOUBLESLASH, PERCENT, AT -> 6;
            default -> 0;
        };
    }

    private static BinOpKind binOp(TokenKind k) {
        return switch (k) {
            case VBAR -> BinOpKind.BITOR;
            case CIRCUMFLEX -> BinOpKind.BITXOR;
            case AMPER -> BinOpKind.BITAND;
            case LEFTSHIFT -> BinOpKind.LSHIFT;
            case RIGHTSHIFT -> BinOpKind.RSHIFT;
            case PLUS -> BinOpKind.ADD;
            case MINUS -> BinOpKind.SUB;
            case STAR -> BinOpKind.MUL;
            case SLASH -> BinOpKind.TRUEDIV;
            case DOUBLESLASH -> BinOpKind.FLOORDIV;
            case PERCENT -> BinOpKind.MOD;
            case AT -> BinOpKind.MATMUL;
            default -> throw new IllegalStateException("not a binary operator: " + k);
        };
    }

    private Expr bitwiseOr() { return binary(1); }

    /** Precedence climbing over the left-associative binary operators, from '|' up to '*'. */
    private Expr binary(int minPrecedence) {
        Token start = peek();
        Expr left = factor();
        int links = 0;
        try {
            for (;;) {
                int prec = precedence(kind());
                if (prec == 0 || prec < minPrecedence) return left;
                Token op = advance();
                link(op, "expression too deeply nested");
                links++;
                Expr right = binary(prec + 1);
                left = new BinOp(start.line(), start.col(), left, binOp(op.kind()), right);
            }
        } finally {
            chain -= links;
        }
    }

    /** Unary + - ~, which bind less tightly than ** on their right: -2**2 is -(2**2). */
    private Expr factor() {
        TokenKind k = kind();
        if (k != PLUS && k != MINUS && k != TILDE) return power();
        Token t = advance();
        enter(t);
        Expr operand = factor();
        leave();
        UnaryOpKind op = k == PLUS ? UnaryOpKind.POS : k == MINUS ? UnaryOpKind.NEG : UnaryOpKind.INVERT;
        return new UnaryOp(t.line(), t.col(), op, operand);
    }

    private Expr power() {
        Token start = peek();
        Expr base = primary();
        if (!at(DOUBLESTAR)) return base;
        Token t = advance();
        enter(t);
        Expr exponent = factor();   // right-associative, and 2**-1 is allowed
        leave();
        return new BinOp(start.line(), start.col(), base, BinOpKind.POW, exponent);
    }

    /** An atom followed by attribute references, calls and subscriptions. */
    private Expr primary() {
        if (at(AWAIT)) {
            Token aw = advance();
            enter(aw);
            Expr operand = primary();
            leave();
            return new Await(aw.line(), aw.col(), operand);
        }
        Token start = peek();
        Expr e = atom();
        int links = 0;
        try {
            for (;;) {
                TokenKind k = kind();
                if (k != DOT && k != LPAR && k != LSQB) return e;
                link(peek(), "expression too deeply nested");
                links++;
                switch (k) {
                    case DOT -> {
                        advance();
                        Token name = peek();
                        if (name.kind() != NAME) throw unexpected(name);
                        advance();
                        e = new Attribute(start.line(), start.col(), e, (String) name.value());
                    }
                    case LPAR -> {
                        CallArgs a = callArguments(true);
                        e = new Call(start.line(), start.col(), e, a.args(), a.keywords());
                    }
                    default -> e = subscript(start, e);
                }
            }
        } finally {
            chain -= links;
        }
    }

    private record CallArgs(List<Expr> args, List<Keyword> keywords) {}

    /** {@code ( args )} of a call, or of a class's bases. */
    private CallArgs callArguments(boolean allowGenerator) {
        Token open = advance();
        enter(open);
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean sawKeyword = false, sawDoubleStar = false;
        Expr last = null;
        while (!at(RPAR)) {
            Token t = peek();
            if (t.kind() == STAR) {
                Starred s = (Starred) starred();
                if (sawDoubleStar) {
                    throw errorAt(t, "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(s);
                last = s;
            } else if (t.kind() == DOUBLESTAR) {
                advance();
                Expr v = expression();
                keywords.add(new Keyword(t.line(), t.col(), null, v));
                sawDoubleStar = true;
                last = v;
            } else if (t.kind() == NAME && peek(1).kind() == EQUAL) {
                advance();
                advance();
                Expr v = expression();
                String name = (String) t.value();
                if (!names.add(name)) throw errorAt(t, "keyword argument repeated: " + name);
                keywords.add(new Keyword(t.line(), t.col(), name, v));
                sawKeyword = true;
                last = v;
            } else {
                Expr e = expression();
                if (at(COLONEQUAL)) throw unexpected(peek());
                if (at(EQUAL)) {
                    if (Targets.isSingletonConstant(e)) throw errorAt(e, "cannot assign to " + Targets.describe(e));
                    throw errorAt(e, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (atComprehension() && allowGenerator) {
                    if (!args.isEmpty() || !keywords.isEmpty()) throw errorAt(e, "Generator expression must be parenthesized");
                    e = new GeneratorExp(open.line(), open.col(), e, comprehensionClauses());
                    if (!at(RPAR)) throw errorAt(((GeneratorExp) e).elt(), "Generator expression must be parenthesized");
                } else if (sawDoubleStar) {
                    throw errorAt(e, "positional argument follows keyword argument unpacking");
                } else if (sawKeyword) {
                    throw errorAt(e, "positional argument follows keyword argument");
                }
                args.add(e);
                last = e;
            }
            if (!accept(COMMA)) break;
        }
        closeBracket(RPAR, last);
        leave();
        return new CallArgs(args, keywords);
    }

    /** Expects the closing bracket; if an expression follows instead, a comma was probably forgotten. */
    private void closeBracket(TokenKind close, Expr lastElement) {
        if (accept(close)) return;
        if (lastElement != null) throw unexpectedWithHints(lastElement);
        throw unexpected(peek());
    }

    private Expr subscript(Token start, Expr value) {
        Token open = advance();
        enter(open);
        Token firstToken = peek();
        Expr first = sliceItem();
        Expr slice = first;
        Expr last = first;
        if (at(COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(COMMA)) {
                if (at(RSQB)) break;
                last = sliceItem();
                elts.add(last);
            }
            slice = new TupleExpr(firstToken.line(), firstToken.col(), elts);
        } else if (first instanceof Starred) {
            // a[*b] means a[(*b,)], as in CPython
            slice = new TupleExpr(firstToken.line(), firstToken.col(), List.of(first));
        }
        closeBracket(RSQB, last);
        leave();
        return new Subscript(start.line(), start.col(), value, slice);
    }

    /** One element of a subscript: {@code lower:upper:step} with every part optional, or an expression. */
    private Expr sliceItem() {
        if (at(STAR)) return starred();
        Token start = peek();
        Expr lower = null;
        if (!at(COLON)) {
            lower = namedExpression();
            if (!at(COLON)) return lower;
        }
        advance();   // ':'
        Expr upper = at(COLON) || at(RSQB) || at(COMMA) ? null : expression();
        Expr step = null;
        if (accept(COLON)) step = at(RSQB) || at(COMMA) ? null : expression();
        return new Slice(start.line(), start.col(), lower, upper, step);
    }

    // ------------------------------------------------------------------ atoms

    private Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME: advance(); return new Name(t.line(), t.col(), (String) t.value());
            case NUMBER: advance(); return new Constant(t.line(), t.col(), t.value());
            case STRING: return strings();
            case NONE: advance(); return new Constant(t.line(), t.col(), Ast.NONE);
            case TRUE: advance(); return new Constant(t.line(), t.col(), Boolean.TRUE);
            case FALSE: advance(); return new Constant(t.line(), t.col(), Boolean.FALSE);
            case ELLIPSIS: advance(); return new Constant(t.line(), t.col(), Ast.ELLIPSIS);
            case LPAR: return parenthesized();
            case LSQB: return listDisplay();
            case LBRACE: return dictOrSetDisplay();
            default: throw unexpected(t);
        }
    }

    /** {@code ()}, {@code (x)}, {@code (x,)}, {@code (x for ...)}, {@code (yield x)}. */
    private Expr parenthesized() {
        Token open = advance();
        enter(open);
        Expr result;
        if (accept(RPAR)) {
            result = new TupleExpr(open.line(), open.col(), List.of());
        } else if (at(YIELD)) {
            result = yieldExpr();
            closeBracket(RPAR, result);
        } else {
            Expr first = starNamedExpression();
            if (atComprehension()) {
                if (first instanceof Starred) throw errorAt(first, "iterable unpacking cannot be used in comprehension");
                result = new GeneratorExp(open.line(), open.col(), first, comprehensionClauses());
                closeBracket(RPAR, null);
            } else if (accept(RPAR)) {
                if (first instanceof Starred) throw errorAt(first, "cannot use starred expression here");
                result = first;
            } else {
                List<Expr> elts = elementsAfterFirst(first, RPAR);
                result = new TupleExpr(open.line(), open.col(), elts);
            }
        }
        leave();
        return result;
    }

    /** The rest of a comma-separated display after its first element, through the closing bracket. */
    private List<Expr> elementsAfterFirst(Expr first, TokenKind close) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        Expr last = first;
        while (accept(COMMA)) {
            if (at(close)) break;
            last = starNamedExpression();
            elts.add(last);
        }
        closeBracket(close, last);
        return elts;
    }

    private Expr listDisplay() {
        Token open = advance();
        enter(open);
        Expr result;
        if (accept(RSQB)) {
            result = new ListExpr(open.line(), open.col(), List.of());
        } else {
            Expr first = starNamedExpression();
            if (atComprehension()) {
                if (first instanceof Starred) throw errorAt(first, "iterable unpacking cannot be used in comprehension");
                result = new ListComp(open.line(), open.col(), first, comprehensionClauses());
                closeBracket(RSQB, null);
            } else {
                result = new ListExpr(open.line(), open.col(), elementsAfterFirst(first, RSQB));
            }
        }
        leave();
        return result;
    }

    private Expr dictOrSetDisplay() {
        Token open = advance();
        enter(open);
        Expr result;
        if (accept(RBRACE)) {
            result = new DictExpr(open.line(), open.col(), List.of(), List.of());
        } else if (at(DOUBLESTAR)) {
            result = dictDisplay(open, null);
        } else {
            Expr first = starNamedExpression();
            if (at(COLON) && !(first instanceof Starred)) {
                result = dictDisplay(open, first);
            } else if (atComprehension()) {
                if (first instanceof Starred) throw errorAt(first, "iterable unpacking cannot be used in comprehension");
                result = new SetComp(open.line(), open.col(), first, comprehensionClauses());
                closeBracket(RBRACE, null);
            } else {
                result = new SetExpr(open.line(), open.col(), elementsAfterFirst(first, RBRACE));
            }
        }
        leave();
        return result;
    }

    /** A dict display or comprehension; {@code firstKey} was already read (null if it starts with **). */
    private Expr dictDisplay(Token open, Expr firstKey) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        Token firstToken = peek();
        dictEntry(firstKey, keys, values);
        if (atComprehension()) {
            if (keys.get(0) == null) throw errorAt(firstToken, "dict unpacking cannot be used in dict comprehension");
            DictComp dc = new DictComp(open.line(), open.col(), keys.get(0), values.get(0), comprehensionClauses());
            closeBracket(RBRACE, null);
            return dc;
        }
        while (accept(COMMA)) {
            if (at(RBRACE)) break;
            dictEntry(null, keys, values);
        }
        closeBracket(RBRACE, lastOf(values));
        return new DictExpr(open.line(), open.col(), keys, values);
    }

    private void dictEntry(Expr key, List<Expr> keys, List<Expr> values) {
        if (key == null) {
            if (at(DOUBLESTAR)) {
                Token t = advance();
                enter(t);
                keys.add(null);
                values.add(bitwiseOr());
                leave();
                return;
            }
            key = expression();
        }
        if (!accept(COLON)) {
            if (at(COMMA) || at(RBRACE)) throw errorAt(key, "':' expected after dictionary key");
            throw unexpectedWithHints(key);
        }
        keys.add(key);
        values.add(expression());
    }

    private boolean atComprehension() { return at(FOR) || at(ASYNC) && peek(1).kind() == FOR; }

    /** The {@code for ... in ... if ...} clauses of a comprehension (at least one). */
    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        int links = 0;
        try {
            while (at(FOR) || at(ASYNC)) {
                if (at(ASYNC)) throw unsupported(peek(), "asynchronous comprehensions are not supported");
                Token f = advance();
                link(f, "too many 'for' clauses in a comprehension");   // each loop is compiled inside the last
                links++;
                Expr target = forTarget();
                expect(IN);
                Expr iter = disjunction();
                List<Expr> ifs = new ArrayList<>();
                while (accept(IF)) ifs.add(disjunction());
                gens.add(new Comprehension(f.line(), f.col(), target, iter, ifs));
            }
            return gens;
        } finally {
            chain -= links;
        }
    }

    private Expr yieldExpr() {
        Token y = advance();
        if (at(FROM)) throw unsupported(y, "'yield from' is not supported");
        if (!startsExpression(peek()) && !at(STAR)) return new Yield(y.line(), y.col(), null);
        Expr value = starExpressions();
        noBareStarred(value);
        return new Yield(y.line(), y.col(), value);
    }

    // ------------------------------------------------------------------ string literals

    /**
     * Adjacent string literals are one expression: a Constant when none is an f-string, else a
     * JoinedStr whose literal pieces are merged. Bytes and str literals cannot be mixed.
     */
    private Expr strings() {
        Token first = peek();
        List<Token> toks = new ArrayList<>();
        while (at(STRING)) toks.add(advance());
        boolean bytes = lit(first).bytes();
        boolean anyF = false;
        for (Token t : toks) {
            if (lit(t).bytes() != bytes) throw errorAt(t, "cannot mix bytes and nonbytes literals");
            anyF |= lit(t).fstring();
        }
        if (bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Token t : toks) out.writeBytes((byte[]) lit(t).value());
            return new Constant(first.line(), first.col(), new Bytes(out.toByteArray()));
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Token t : toks) sb.append((String) lit(t).value());
            return new Constant(first.line(), first.col(), sb.toString());
        }
        FStrings fstrings = new FStrings(src, lines, depth, chain);
        FStrings.Parts parts = new FStrings.Parts();
        for (Token t : toks) {
            StringLiteral l = lit(t);
            if (l.fstring()) fstrings.parse(l, parts);
            else parts.literal((String) l.value(), lines.line(l.bodyStart()), lines.col(l.bodyStart()));
        }
        return new JoinedStr(first.line(), first.col(), parts.finish());
    }

    private static StringLiteral lit(Token t) { return (StringLiteral) t.value(); }
}
