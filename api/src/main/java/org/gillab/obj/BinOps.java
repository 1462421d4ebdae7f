package org.gillab.obj;

/** Binary and unary operator codes shared by the compiler, the interpreter and the object model. */
public final class BinOps {
    private BinOps() {}

    public static final int ADD = 0, SUB = 1, MUL = 2, MATMUL = 3, TRUEDIV = 4, FLOORDIV = 5, MOD = 6, POW = 7,
            LSHIFT = 8, RSHIFT = 9, OR = 10, XOR = 11, AND = 12;
    public static final int COUNT = 13;

    public static final int NEG = 0, POS = 1, INVERT = 2;

    private static final String[] SYMBOLS = {"+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "|", "^", "&"};
    private static final String[] DUNDERS = {"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__",
            "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__or__", "__xor__", "__and__"};
    private static final String[] RDUNDERS = {"__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__",
            "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__"};
    private static final String[] IDUNDERS = {"__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__",
            "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__"};

    public static String symbol(int op) { return SYMBOLS[op]; }

    public static String inplaceSymbol(int op) { return op == POW ? "**=" : SYMBOLS[op] + "="; }

    public static String dunder(int op) { return DUNDERS[op]; }

    public static String rdunder(int op) { return RDUNDERS[op]; }

    public static String idunder(int op) { return IDUNDERS[op]; }

    public static String unarySymbol(int op) { return op == NEG ? "-" : op == POS ? "+" : "~"; }

    public static String unaryDunder(int op) { return op == NEG ? "__neg__" : op == POS ? "__pos__" : "__invert__"; }
}
