package org.gillab.obj;

/** Rich-comparison codes, in CPython's order (Py_LT ... Py_GE). */
public final class CmpOp {
    private CmpOp() {}

    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;

    private static final String[] SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] DUNDERS = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    public static String symbol(int op) { return SYMBOLS[op]; }

    public static String dunder(int op) { return DUNDERS[op]; }

    /** The operation to try on the right operand: {@code a < b} is {@code b > a}. */
    public static int swapped(int op) { return SWAPPED[op]; }

    /** Turns a three-way comparison result into this operation's answer. */
    public static boolean test(int op, int cmp) {
        switch (op) {
            case LT: return cmp < 0;
            case LE: return cmp <= 0;
            case EQ: return cmp == 0;
            case NE: return cmp != 0;
            case GT: return cmp > 0;
            default: return cmp >= 0;
        }
    }
}
