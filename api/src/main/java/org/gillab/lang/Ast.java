package org.gillab.lang;

import java.math.BigInteger;
import java.util.List;

/**
 * The syntax tree of gillab's Python subset: what the parser produces and the compiler consumes.
 *
 * <p>Every node carries the 1-based line and column of its first character, so that a syntax,
 * compile or runtime error can point at it. Lists are never null (empty when absent); optional
 * children are null when absent, as noted on each record.
 */
public final class Ast {
    private Ast() {}

    /** Anything with a source position. */
    public sealed interface Node permits Expr, Stmt, Arg, Keyword, Comprehension, ExceptHandler, WithItem, Alias, Arguments, Module {
        int line();
        int col();
    }

    // ------------------------------------------------------------------ module

    public record Module(int line, int col, List<Stmt> body) implements Node {}

    // ------------------------------------------------------------------ statements

    public sealed interface Stmt extends Node permits FunctionDef, ClassDef, Return, Delete, Assign, AugAssign,
            AnnAssign, For, While, If, With, Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal, ExprStmt,
            Pass, Break, Continue, AsyncFunctionDef, AsyncFor, AsyncWith {}

    /** {@code def name(args): body}, with decorators applied bottom-up. */
    public record FunctionDef(int line, int col, String name, Arguments args, List<Stmt> body,
                              List<Expr> decorators) implements Stmt {}

    /** {@code async def ...}: a coroutine function; its calls make coroutine objects. */
    public record AsyncFunctionDef(FunctionDef def) implements Stmt {
        public int line() { return def.line(); }
        public int col() { return def.col(); }
    }

    /** {@code async for target in iter: body}: {@code __aiter__}, then {@code await __anext__()} until StopAsyncIteration. */
    public record AsyncFor(For loop) implements Stmt {
        public int line() { return loop.line(); }
        public int col() { return loop.col(); }
    }

    /** {@code async with items: body}: {@code await __aenter__()} and {@code await __aexit__(...)}. */
    public record AsyncWith(With with) implements Stmt {
        public int line() { return with.line(); }
        public int col() { return with.col(); }
    }

    /** {@code class name(bases, keywords): body}. */
    public record ClassDef(int line, int col, String name, List<Expr> bases, List<Keyword> keywords,
                           List<Stmt> body, List<Expr> decorators) implements Stmt {}

    /** {@code return [value]}; value is null for a bare return. */
    public record Return(int line, int col, Expr value) implements Stmt {}

    public record Delete(int line, int col, List<Expr> targets) implements Stmt {}

    /** {@code t1 = t2 = value}: several targets for chained assignment. */
    public record Assign(int line, int col, List<Expr> targets, Expr value) implements Stmt {}

    public record AugAssign(int line, int col, Expr target, BinOpKind op, Expr value) implements Stmt {}

    /** {@code target: annotation [= value]}; the annotation is parsed and ignored; value may be null. */
    public record AnnAssign(int line, int col, Expr target, Expr annotation, Expr value) implements Stmt {}

    public record For(int line, int col, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    public record While(int line, int col, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    /** {@code elif} chains are nested If nodes in orelse. */
    public record If(int line, int col, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    public record With(int line, int col, List<WithItem> items, List<Stmt> body) implements Stmt {}

    /** {@code raise [exc [from cause]]}; exc and cause may be null. */
    public record Raise(int line, int col, Expr exc, Expr cause) implements Stmt {}

    public record Try(int line, int col, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                      List<Stmt> finalbody) implements Stmt {}

    /** {@code assert test[, msg]}; msg may be null. */
    public record Assert(int line, int col, Expr test, Expr msg) implements Stmt {}

    public record Import(int line, int col, List<Alias> names) implements Stmt {}

    /** {@code from module import names}; level is the number of leading dots (always 0 here). */
    public record ImportFrom(int line, int col, String module, List<Alias> names, int level) implements Stmt {}

    public record Global(int line, int col, List<String> names) implements Stmt {}

    public record Nonlocal(int line, int col, List<String> names) implements Stmt {}

    public record ExprStmt(int line, int col, Expr value) implements Stmt {}

    public record Pass(int line, int col) implements Stmt {}

    public record Break(int line, int col) implements Stmt {}

    public record Continue(int line, int col) implements Stmt {}

    // ------------------------------------------------------------------ expressions

    public sealed interface Expr extends Node permits Name, Constant, JoinedStr, FormattedValue, BinOp, UnaryOp,
            BoolOp, Compare, Call, Attribute, Subscript, Slice, Starred, TupleExpr, ListExpr, SetExpr, DictExpr,
            Lambda, IfExp, ListComp, SetComp, DictComp, GeneratorExp, Yield, Await {}

    public record Name(int line, int col, String id) implements Expr {}

    /**
     * A literal. {@code value} is one of: {@link Long} (an int that fits in 64 bits),
     * {@link BigInteger} (one that does not), {@link Double}, {@link String}, {@link Bytes},
     * {@link Boolean}, or {@link #NONE} for None, or {@link #ELLIPSIS} for {@code ...}.
     */
    public record Constant(int line, int col, Object value) implements Expr {}

    /** The value of a {@code None} constant. */
    public static final Object NONE = new Object() {
        @Override public String toString() { return "None"; }
    };

    /** The value of an {@code ...} constant. */
    public static final Object ELLIPSIS = new Object() {
        @Override public String toString() { return "Ellipsis"; }
    };

    /** A bytes literal's content (records give it value equality). */
    public record Bytes(byte[] data) {}

    /** An f-string: parts are Constant(String) and FormattedValue nodes, in order. */
    public record JoinedStr(int line, int col, List<Expr> parts) implements Expr {}

    /**
     * One {@code {value!conversion:spec}} field of an f-string. conversion is 's', 'r', 'a' or -1 for none;
     * formatSpec is a JoinedStr (specs may hold nested fields) or null.
     */
    public record FormattedValue(int line, int col, Expr value, int conversion, Expr formatSpec) implements Expr {}

    public record BinOp(int line, int col, Expr left, BinOpKind op, Expr right) implements Expr {}

    public record UnaryOp(int line, int col, UnaryOpKind op, Expr operand) implements Expr {}

    /** {@code a and b and c} (isAnd) or {@code a or b or c}. */
    public record BoolOp(int line, int col, boolean isAnd, List<Expr> values) implements Expr {}

    /** {@code left op1 c1 op2 c2 ...}: a chained comparison. */
    public record Compare(int line, int col, Expr left, List<CmpOpKind> ops, List<Expr> comparators) implements Expr {}

    /** args may contain Starred for {@code *xs}; a Keyword with null arg is {@code **kw}. */
    public record Call(int line, int col, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    public record Attribute(int line, int col, Expr value, String attr) implements Expr {}

    /** {@code value[slice]}; slice is an Expr, a Slice, or a TupleExpr (which may contain Slices). */
    public record Subscript(int line, int col, Expr value, Expr slice) implements Expr {}

    /** {@code lower:upper:step}, each part null when absent; only inside a Subscript. */
    public record Slice(int line, int col, Expr lower, Expr upper, Expr step) implements Expr {}

    /** {@code *value} in a call, a display or an assignment target. */
    public record Starred(int line, int col, Expr value) implements Expr {}

    public record TupleExpr(int line, int col, List<Expr> elts) implements Expr {}

    public record ListExpr(int line, int col, List<Expr> elts) implements Expr {}

    public record SetExpr(int line, int col, List<Expr> elts) implements Expr {}

    /** A key that is null marks {@code **value} unpacking. */
    public record DictExpr(int line, int col, List<Expr> keys, List<Expr> values) implements Expr {}

    public record Lambda(int line, int col, Arguments args, Expr body) implements Expr {}

    /** {@code body if test else orelse}. */
    public record IfExp(int line, int col, Expr test, Expr body, Expr orelse) implements Expr {}

    public record ListComp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {}

    public record SetComp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {}

    public record DictComp(int line, int col, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    public record GeneratorExp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {}

    /** {@code yield [value]}; value is null for a bare yield. */
    public record Yield(int line, int col, Expr value) implements Expr {}

    /** {@code await value}, inside an {@code async def}. */
    public record Await(int line, int col, Expr value) implements Expr {}

    // ------------------------------------------------------------------ parts

    /** {@code for target in iter if ifs...} inside a comprehension. */
    public record Comprehension(int line, int col, Expr target, Expr iter, List<Expr> ifs) implements Node {}

    /** {@code except [type [as name]]: body}; type and name may be null. */
    public record ExceptHandler(int line, int col, Expr type, String name, List<Stmt> body) implements Node {}

    /** {@code ctx [as vars]}; vars may be null. */
    public record WithItem(int line, int col, Expr contextExpr, Expr optionalVars) implements Node {}

    /** {@code name [as asname]} in an import; name may be dotted; asname may be null. */
    public record Alias(int line, int col, String name, String asname) implements Node {}

    /** One parameter. */
    public record Arg(int line, int col, String name) implements Node {}

    /** {@code name=value}; arg is null for {@code **value}. */
    public record Keyword(int line, int col, String arg, Expr value) implements Node {}

    /**
     * A parameter list: {@code args} (positional-or-keyword, defaults align with the last ones),
     * {@code vararg} ({@code *args}, null if absent), {@code kwonly} with {@code kwDefaults}
     * (same length; null entries have no default), {@code kwarg} ({@code **kwargs}, null if absent).
     * Positional-only parameters ({@code /}) are folded into args.
     */
    public record Arguments(int line, int col, List<Arg> args, List<Expr> defaults, Arg vararg, List<Arg> kwonly,
                            List<Expr> kwDefaults, Arg kwarg) implements Node {}

    public enum BinOpKind {
        ADD("+"), SUB("-"), MUL("*"), MATMUL("@"), TRUEDIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
        LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&");

        public final String symbol;

        BinOpKind(String symbol) { this.symbol = symbol; }
    }

    public enum UnaryOpKind { NEG, POS, NOT, INVERT }

    public enum CmpOpKind {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IS("is"), IS_NOT("is not"), IN("in"), NOT_IN("not in");

        public final String symbol;

        CmpOpKind(String symbol) { this.symbol = symbol; }
    }
}
