package org.gillab.lang;

import org.gillab.lang.Ast.*;

/**
 * What may stand on the left of {@code =}, after {@code for}, after {@code as} or after {@code del},
 * and how CPython names the things that may not ("cannot assign to function call").
 *
 * <p>The parser reads targets as ordinary expressions (it cannot know that {@code a, b} is a target
 * until it meets the {@code =}) and checks them here afterwards.
 */
final class Targets {
    private Targets() {}

    /** The first sub-expression of {@code e} that is not a valid target, or null if all of it is. */
    static Expr invalid(Expr e, boolean delete) {
        if (e instanceof Name n) return n.id().equals("__debug__") ? n : null;
        if (e instanceof Attribute || e instanceof Subscript) return null;
        if (e instanceof Starred s) return delete ? s : invalid(s.value(), false);
        if (e instanceof TupleExpr t) return firstInvalid(t.elts(), delete);
        if (e instanceof ListExpr l) return firstInvalid(l.elts(), delete);
        return e;
    }

    private static Expr firstInvalid(java.util.List<Expr> elts, boolean delete) {
        for (Expr x : elts) {
            Expr bad = invalid(x, delete);
            if (bad != null) return bad;
        }
        return null;
    }

    /** CPython's name for a kind of expression, as used in "cannot assign to %s". */
    static String describe(Expr e) {
        if (e instanceof Name n) return n.id().equals("__debug__") ? "__debug__" : "name";
        if (e instanceof Attribute) return "attribute";
        if (e instanceof Subscript) return "subscript";
        if (e instanceof Starred) return "starred";
        if (e instanceof ListExpr) return "list";
        if (e instanceof TupleExpr) return "tuple";
        if (e instanceof Lambda) return "lambda";
        if (e instanceof Call) return "function call";
        if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) return "expression";
        if (e instanceof GeneratorExp) return "generator expression";
        if (e instanceof Yield) return "yield expression";
        if (e instanceof ListComp) return "list comprehension";
        if (e instanceof SetComp) return "set comprehension";
        if (e instanceof DictComp) return "dict comprehension";
        if (e instanceof DictExpr) return "dict literal";
        if (e instanceof SetExpr) return "set display";
        if (e instanceof JoinedStr || e instanceof FormattedValue) return "f-string expression";
        if (e instanceof Compare) return "comparison";
        if (e instanceof IfExp) return "conditional expression";
        if (e instanceof Slice) return "slice";
        if (e instanceof Constant c) {
            Object v = c.value();
            if (v == Ast.NONE) return "None";
            if (Boolean.TRUE.equals(v)) return "True";
            if (Boolean.FALSE.equals(v)) return "False";
            if (v == Ast.ELLIPSIS) return "ellipsis";
        }
        return "literal";
    }

    /** True, False and None: CPython never suggests '==' for them. */
    static boolean isSingletonConstant(Expr e) {
        return e instanceof Constant c && (c.value() == Ast.NONE || c.value() instanceof Boolean);
    }

    /**
     * An expression that the grammar's {@code bitwise_or} rule can produce: anything but comparisons,
     * {@code not}, {@code and}/{@code or}, lambdas, conditional expressions and the like.
     * Used to decide when CPython would suggest '==' for a misplaced '='.
     */
    static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof Compare || e instanceof BoolOp || e instanceof Lambda || e instanceof IfExp
                || e instanceof Starred || e instanceof Yield || e instanceof Slice
                || e instanceof UnaryOp u && u.op() == UnaryOpKind.NOT);
    }
}
