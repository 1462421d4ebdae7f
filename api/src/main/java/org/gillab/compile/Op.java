package org.gillab.compile;

/**
 * The instruction set. An instruction is one int: the opcode in the low 8 bits and its argument
 * in the upper 24 ({@code op | arg << 8}). Jump arguments are absolute instruction indices.
 *
 * <p>The set follows CPython 3.11's where it can, so that a reader of {@code Python/ceval.c} finds
 * familiar names; it differs where a Java interpreter wants something simpler (one CALL with an
 * optional KW_NAMES before it, a hidden local instead of stack juggling for {@code return} inside
 * {@code finally}).
 *
 * <p>Each opcode is a constant (the interpreter's switch and the compiled tier use them as case
 * labels) and one row of {@link #TABLE}: its name, its length in words, its stack effect, where its
 * jump target is, and whether execution can go on to the next instruction. The compiler's
 * stack-depth bookkeeping ({@link CodeBuilder}), the compiled tier's depth analysis and the
 * disassembler all read that one table.
 */
public final class Op {
    private Op() {}

    public static final int
            NOP = 0,
            POP_TOP = 1,
            ROT_TWO = 2,
            ROT_THREE = 3,
            DUP_TOP = 4,
            DUP_TOP_TWO = 5,
            LOAD_CONST = 6,
            LOAD_FAST = 7,
            STORE_FAST = 8,
            DELETE_FAST = 9,
            LOAD_DEREF = 10,         // arg: slot of a cell or free variable
            STORE_DEREF = 11,
            DELETE_DEREF = 12,
            LOAD_CLOSURE = 13,       // push the cell itself (to build a closure)
            LOAD_GLOBAL = 14,        // arg: name index
            STORE_GLOBAL = 15,
            DELETE_GLOBAL = 16,
            LOAD_NAME = 17,          // class bodies: namespace, then globals, then builtins
            STORE_NAME = 18,
            DELETE_NAME = 19,
            LOAD_ATTR = 20,
            STORE_ATTR = 21,
            DELETE_ATTR = 22,
            LOAD_METHOD = 23,        // push [func, self] or [null, attr]
            BINARY_SUBSCR = 24,
            STORE_SUBSCR = 25,
            DELETE_SUBSCR = 26,
            BUILD_SLICE = 27,        // arg: 2 or 3
            BINARY_OP = 28,          // arg: BinOps code
            INPLACE_OP = 29,         // arg: BinOps code
            UNARY_NEG = 30,
            UNARY_POS = 31,
            UNARY_INVERT = 32,
            UNARY_NOT = 33,
            COMPARE_OP = 34,         // arg: CmpOp code
            IS_OP = 35,              // arg: 1 for "is not"
            CONTAINS_OP = 36,        // arg: 1 for "not in"
            JUMP = 37,
            JUMP_BACKWARD = 38,      // a loop edge: polls the eval breaker
            POP_JUMP_IF_FALSE = 39,
            POP_JUMP_IF_TRUE = 40,
            JUMP_IF_FALSE_OR_POP = 41,
            JUMP_IF_TRUE_OR_POP = 42,
            GET_ITER = 43,
            FOR_ITER = 44,           // arg: where to go when exhausted (the iterator is popped)
            BUILD_TUPLE = 45,
            BUILD_LIST = 46,
            BUILD_SET = 47,
            BUILD_MAP = 48,          // arg: number of key/value pairs
            LIST_APPEND = 49,        // arg: depth of the list below the value
            SET_ADD = 50,
            MAP_ADD = 51,
            LIST_EXTEND = 52,
            SET_UPDATE = 53,
            DICT_UPDATE = 54,
            DICT_MERGE = 55,         // like DICT_UPDATE, but a repeated key is an error (f(**a, **b))
            LIST_TO_TUPLE = 56,
            UNPACK_SEQUENCE = 57,
            UNPACK_EX = 58,          // arg: before | after << 8
            KW_NAMES = 59,           // arg: constant index of the next CALL's keyword names
            CALL = 60,               // arg: argument count; stack: [callable, args...]
            CALL_METHOD = 61,        // arg: argument count; stack: [func-or-null, self-or-callable, args...]
            CALL_FUNCTION_EX = 62,   // arg: 1 if a kwargs dict is on top; stack: [callable, args tuple, (dict)]
            MAKE_FUNCTION = 63,      // arg: flags 1 defaults, 2 kw defaults, 8 closure; code on top
            RETURN_VALUE = 64,
            YIELD_VALUE = 65,
            RAISE_VARARGS = 66,      // arg: 0 re-raise, 1 raise X, 2 raise X from Y
            PUSH_EXC_INFO = 67,      // [exc] -> [previously handled, exc]; exc becomes the handled one
            POP_EXCEPT = 68,         // [prev] -> []; prev becomes the handled one again
            CHECK_EXC_MATCH = 69,    // [exc, type] -> [exc, bool]
            RERAISE = 70,            // [exc] -> raise exc
            POP_EXCEPT_RERAISE = 71, // [prev, exc] -> restore prev, raise exc
            BEFORE_WITH = 72,        // [ctx] -> [exit, enter()]
            WITH_EXIT = 73,          // [exit] -> [] after exit(None, None, None)
            WITH_EXCEPT_START = 74,  // [exit, prev, exc] -> [exit, prev, exc, exit(type, exc, None)]
            BUILD_CLASS = 75,        // arg: name index | bases << 16; stack: [body function, bases...]
            IMPORT_NAME = 76,
            IMPORT_FROM = 77,        // [module] -> [module, attr]
            FORMAT_VALUE = 78,       // arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a spec is on top
            BUILD_STRING = 79,
            LOAD_ASSERTION_ERROR = 80,
            COMPARE_JUMP = 81,       // arg: CmpOp | jump-when-true << 3; next word: target. Pops both operands
            INPLACE_FAST_CONST = 82, // arg: local slot; next word: BinOps code | constant index << 8
            LOAD_FAST_ATTR = 83,     // arg: local slot | name index << 8: push local.name
            STORE_FAST_ATTR = 84,    // arg: local slot | name index << 8: local.name = pop()
            LOAD_FAST_METHOD = 85,   // arg: local slot | name index << 8: LOAD_FAST then LOAD_METHOD
            // coroutines (async def / await / async with / async for), as CPython 3.11's
            GET_AWAITABLE = 86,      // [obj] -> [iterator to await]: a coroutine, or what __await__ returns
            SEND = 87,               // arg: exit target. [iter, v] -> [iter, iter.send(v)] or, when it returns r, [r] and jump
            BEFORE_ASYNC_WITH = 88,  // [ctx] -> [__aexit__, __aenter__()]
            GET_AITER = 89,          // [obj] -> [obj.__aiter__()]
            GET_ANEXT = 90,          // [aiter] -> [aiter, aiter.__anext__()]
            END_ASYNC_FOR = 91;      // [aiter, exc] -> [] when exc is StopAsyncIteration, else raise exc

    /** How an instruction changes the stack depth, from its argument and whether its jump is taken. */
    @FunctionalInterface
    interface StackEffect {
        int of(int arg, boolean jump);
    }

    /** Where an instruction's absolute jump target is. */
    enum Target {
        /** It has none. */
        NONE,
        /** In its argument. */
        ARG,
        /** In its second word (a fused instruction). */
        NEXT_WORD
    }

    /**
     * One instruction of the set: its name (as a disassembly shows it), its length in words (a fused
     * instruction carries a second word), its stack effect, where its jump target is, and whether it
     * can fall through to the next instruction (false after an unconditional jump, a return or a raise).
     */
    record Info(int op, String name, int length, StackEffect effect, Target target, boolean fallsThrough) {}

    private static Info row(int op, String name, int effect) {
        return new Info(op, name, 1, (arg, jump) -> effect, Target.NONE, true);
    }

    private static Info row(int op, String name, StackEffect effect) {
        return new Info(op, name, 1, effect, Target.NONE, true);
    }

    /** A conditional jump (or FOR_ITER, SEND): the target is the argument, and it may fall through. */
    private static Info branch(int op, String name, int fallEffect, int jumpEffect) {
        return new Info(op, name, 1, (arg, jump) -> jump ? jumpEffect : fallEffect, Target.ARG, true);
    }

    /** An instruction after which the next one is not reached from it: an unconditional jump, a return, a raise. */
    private static Info end(int op, String name, StackEffect effect, Target target) {
        return new Info(op, name, 1, effect, target, false);
    }

    /** A fused instruction: two words, the second its operands or its jump target. */
    private static Info fused(int op, String name, int effect, Target target) {
        return new Info(op, name, 2, (arg, jump) -> effect, target, true);
    }

    /** The instruction set, one row per opcode, indexed by opcode. */
    private static final Info[] TABLE = {
            row(NOP, "NOP", 0),
            row(POP_TOP, "POP_TOP", -1),
            row(ROT_TWO, "ROT_TWO", 0),
            row(ROT_THREE, "ROT_THREE", 0),
            row(DUP_TOP, "DUP_TOP", 1),
            row(DUP_TOP_TWO, "DUP_TOP_TWO", 2),
            row(LOAD_CONST, "LOAD_CONST", 1),
            row(LOAD_FAST, "LOAD_FAST", 1),
            row(STORE_FAST, "STORE_FAST", -1),
            row(DELETE_FAST, "DELETE_FAST", 0),
            row(LOAD_DEREF, "LOAD_DEREF", 1),
            row(STORE_DEREF, "STORE_DEREF", -1),
            row(DELETE_DEREF, "DELETE_DEREF", 0),
            row(LOAD_CLOSURE, "LOAD_CLOSURE", 1),
            row(LOAD_GLOBAL, "LOAD_GLOBAL", 1),
            row(STORE_GLOBAL, "STORE_GLOBAL", -1),
            row(DELETE_GLOBAL, "DELETE_GLOBAL", 0),
            row(LOAD_NAME, "LOAD_NAME", 1),
            row(STORE_NAME, "STORE_NAME", -1),
            row(DELETE_NAME, "DELETE_NAME", 0),
            row(LOAD_ATTR, "LOAD_ATTR", 0),
            row(STORE_ATTR, "STORE_ATTR", -2),
            row(DELETE_ATTR, "DELETE_ATTR", -1),
            row(LOAD_METHOD, "LOAD_METHOD", 1),
            row(BINARY_SUBSCR, "BINARY_SUBSCR", -1),
            row(STORE_SUBSCR, "STORE_SUBSCR", -3),
            row(DELETE_SUBSCR, "DELETE_SUBSCR", -2),
            row(BUILD_SLICE, "BUILD_SLICE", (arg, jump) -> 1 - arg),
            row(BINARY_OP, "BINARY_OP", -1),
            row(INPLACE_OP, "INPLACE_OP", -1),
            row(UNARY_NEG, "UNARY_NEG", 0),
            row(UNARY_POS, "UNARY_POS", 0),
            row(UNARY_INVERT, "UNARY_INVERT", 0),
            row(UNARY_NOT, "UNARY_NOT", 0),
            row(COMPARE_OP, "COMPARE_OP", -1),
            row(IS_OP, "IS_OP", -1),
            row(CONTAINS_OP, "CONTAINS_OP", -1),
            end(JUMP, "JUMP", (arg, jump) -> 0, Target.ARG),
            end(JUMP_BACKWARD, "JUMP_BACKWARD", (arg, jump) -> 0, Target.ARG),
            branch(POP_JUMP_IF_FALSE, "POP_JUMP_IF_FALSE", -1, -1),
            branch(POP_JUMP_IF_TRUE, "POP_JUMP_IF_TRUE", -1, -1),
            branch(JUMP_IF_FALSE_OR_POP, "JUMP_IF_FALSE_OR_POP", -1, 0),
            branch(JUMP_IF_TRUE_OR_POP, "JUMP_IF_TRUE_OR_POP", -1, 0),
            row(GET_ITER, "GET_ITER", 0),
            branch(FOR_ITER, "FOR_ITER", 1, -1),
            row(BUILD_TUPLE, "BUILD_TUPLE", (arg, jump) -> 1 - arg),
            row(BUILD_LIST, "BUILD_LIST", (arg, jump) -> 1 - arg),
            row(BUILD_SET, "BUILD_SET", (arg, jump) -> 1 - arg),
            row(BUILD_MAP, "BUILD_MAP", (arg, jump) -> 1 - 2 * arg),
            row(LIST_APPEND, "LIST_APPEND", -1),
            row(SET_ADD, "SET_ADD", -1),
            row(MAP_ADD, "MAP_ADD", -2),
            row(LIST_EXTEND, "LIST_EXTEND", -1),
            row(SET_UPDATE, "SET_UPDATE", -1),
            row(DICT_UPDATE, "DICT_UPDATE", -1),
            row(DICT_MERGE, "DICT_MERGE", -1),
            row(LIST_TO_TUPLE, "LIST_TO_TUPLE", 0),
            row(UNPACK_SEQUENCE, "UNPACK_SEQUENCE", (arg, jump) -> arg - 1),
            row(UNPACK_EX, "UNPACK_EX", (arg, jump) -> (arg & 0xff) + (arg >> 8)),
            row(KW_NAMES, "KW_NAMES", 0),
            row(CALL, "CALL", (arg, jump) -> -arg),
            row(CALL_METHOD, "CALL_METHOD", (arg, jump) -> -arg - 1),
            row(CALL_FUNCTION_EX, "CALL_FUNCTION_EX", (arg, jump) -> -1 - (arg & 1)),
            row(MAKE_FUNCTION, "MAKE_FUNCTION", (arg, jump) -> -Integer.bitCount(arg & 0b1011)),
            end(RETURN_VALUE, "RETURN_VALUE", (arg, jump) -> -1, Target.NONE),
            row(YIELD_VALUE, "YIELD_VALUE", 0),
            end(RAISE_VARARGS, "RAISE_VARARGS", (arg, jump) -> -arg, Target.NONE),
            row(PUSH_EXC_INFO, "PUSH_EXC_INFO", 1),
            row(POP_EXCEPT, "POP_EXCEPT", -1),
            row(CHECK_EXC_MATCH, "CHECK_EXC_MATCH", 0),
            end(RERAISE, "RERAISE", (arg, jump) -> -1, Target.NONE),
            end(POP_EXCEPT_RERAISE, "POP_EXCEPT_RERAISE", (arg, jump) -> -2, Target.NONE),
            row(BEFORE_WITH, "BEFORE_WITH", 1),
            row(WITH_EXIT, "WITH_EXIT", -1),
            row(WITH_EXCEPT_START, "WITH_EXCEPT_START", 1),
            row(BUILD_CLASS, "BUILD_CLASS", (arg, jump) -> -(arg >>> 16)),
            row(IMPORT_NAME, "IMPORT_NAME", 1),
            row(IMPORT_FROM, "IMPORT_FROM", 1),
            row(FORMAT_VALUE, "FORMAT_VALUE", (arg, jump) -> (arg & 4) != 0 ? -1 : 0),
            row(BUILD_STRING, "BUILD_STRING", (arg, jump) -> 1 - arg),
            row(LOAD_ASSERTION_ERROR, "LOAD_ASSERTION_ERROR", 1),
            fused(COMPARE_JUMP, "COMPARE_JUMP", -2, Target.NEXT_WORD),
            fused(INPLACE_FAST_CONST, "INPLACE_FAST_CONST", 0, Target.NONE),
            row(LOAD_FAST_ATTR, "LOAD_FAST_ATTR", 1),
            row(STORE_FAST_ATTR, "STORE_FAST_ATTR", -1),
            row(LOAD_FAST_METHOD, "LOAD_FAST_METHOD", 2),
            row(GET_AWAITABLE, "GET_AWAITABLE", 0),
            branch(SEND, "SEND", 0, -1),
            row(BEFORE_ASYNC_WITH, "BEFORE_ASYNC_WITH", 1),
            row(GET_AITER, "GET_AITER", 0),
            row(GET_ANEXT, "GET_ANEXT", 1),
            row(END_ASYNC_FOR, "END_ASYNC_FOR", -2),
    };

    static {
        for (int i = 0; i < TABLE.length; i++) {
            if (TABLE[i].op() != i) throw new ExceptionInInitializerError("Op.TABLE row " + i + " is " + TABLE[i].name());
        }
    }

    /** The number of opcodes: they are 0 to {@code count() - 1}. */
    static int count() {
        return TABLE.length;
    }

    /** The row of an opcode, or null for a number that is not one. */
    static Info info(int op) {
        return op >= 0 && op < TABLE.length ? TABLE[op] : null;
    }

    public static String name(int op) {
        Info i = info(op);
        return i != null ? i.name() : "OP_" + op;
    }

    /** How many words an instruction takes: the fused ones carry a second word of operands. */
    public static int length(int op) {
        Info i = info(op);
        return i != null ? i.length() : 1;
    }

    /**
     * How an instruction changes the stack depth; {@code jump} for the branch-taken edge. Throws
     * IllegalArgumentException for an opcode without a known effect.
     */
    public static int stackEffect(int op, int arg, boolean jump) {
        Info i = info(op);
        if (i == null) throw new IllegalArgumentException("no stack effect for " + name(op));
        return i.effect().of(arg, jump);
    }
}
