package org.gillab.compile;

/**
 * The instruction set. An instruction is one int: the opcode in the low 8 bits and its argument
 * in the upper 24 ({@code op | arg << 8}). Jump arguments are absolute instruction indices.
 *
 * <p>The set follows CPython 3.11's where it can, so that a reader of {@code Python/ceval.c} finds
 * familiar names; it differs where a Java interpreter wants something simpler (one CALL with an
 * optional KW_NAMES before it, a hidden local instead of stack juggling for {@code return} inside
 * {@code finally}).
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

    private static final String[] NAMES = {
            "NOP",
            "POP_TOP",
            "ROT_TWO",
            "ROT_THREE",
            "DUP_TOP",
            "DUP_TOP_TWO",
            "LOAD_CONST",
            "LOAD_FAST",
            "STORE_FAST",
            "DELETE_FAST",
            "LOAD_DEREF",
            "STORE_DEREF",
            "DELETE_DEREF",
            "LOAD_CLOSURE",
            "LOAD_GLOBAL",
            "STORE_GLOBAL",
            "DELETE_GLOBAL",
            "LOAD_NAME",
            "STORE_NAME",
            "DELETE_NAME",
            "LOAD_ATTR",
            "STORE_ATTR",
            "DELETE_ATTR",
            "LOAD_METHOD",
            "BINARY_SUBSCR",
            "STORE_SUBSCR",
            "DELETE_SUBSCR",
            "BUILD_SLICE",
            "BINARY_OP",
            "INPLACE_OP",
            "UNARY_NEG",
            "UNARY_POS",
            "UNARY_INVERT",
            "UNARY_NOT",
            "COMPARE_OP",
            "IS_OP",
            "CONTAINS_OP",
            "JUMP",
            "JUMP_BACKWARD",
            "POP_JUMP_IF_FALSE",
            "POP_JUMP_IF_TRUE",
            "JUMP_IF_FALSE_OR_POP",
            "JUMP_IF_TRUE_OR_POP",
            "GET_ITER",
            "FOR_ITER",
            "BUILD_TUPLE",
            "BUILD_LIST",
            "BUILD_SET",
            "BUILD_MAP",
            "LIST_APPEND",
            "SET_ADD",
            "MAP_ADD",
            "LIST_EXTEND",
            "SET_UPDATE",
            "DICT_UPDATE",
            "DICT_MERGE",
            "LIST_TO_TUPLE",
            "UNPACK_SEQUENCE",
            "UNPACK_EX",
            "KW_NAMES",
            "CALL",
            "CALL_METHOD",
            "CALL_FUNCTION_EX",
            "MAKE_FUNCTION",
            "RETURN_VALUE",
            "YIELD_VALUE",
            "RAISE_VARARGS",
            "PUSH_EXC_INFO",
            "POP_EXCEPT",
            "CHECK_EXC_MATCH",
            "RERAISE",
            "POP_EXCEPT_RERAISE",
            "BEFORE_WITH",
            "WITH_EXIT",
            "WITH_EXCEPT_START",
            "BUILD_CLASS",
            "IMPORT_NAME",
            "IMPORT_FROM",
            "FORMAT_VALUE",
            "BUILD_STRING",
            "LOAD_ASSERTION_ERROR",
            "COMPARE_JUMP",
            "INPLACE_FAST_CONST",
            "LOAD_FAST_ATTR",
            "STORE_FAST_ATTR",
            "LOAD_FAST_METHOD",
            "GET_AWAITABLE",
            "SEND",
            "BEFORE_ASYNC_WITH",
            "GET_AITER",
            "GET_ANEXT",
            "END_ASYNC_FOR"
    };

    public static String name(int op) {
        return op >= 0 && op < NAMES.length && NAMES[op] != null ? NAMES[op] : "OP_" + op;
    }

    /** How many words an instruction takes: the fused ones carry a second word of operands. */
    public static int length(int op) {
        return op == COMPARE_JUMP || op == INPLACE_FAST_CONST ? 2 : 1;
    }

    /**
     * How an instruction changes the stack depth; {@code jump} for the branch-taken edge. Throws
     * IllegalArgumentException for an opcode without a known effect.
     */
    public static int stackEffect(int op, int arg, boolean jump) {
        return CodeBuilder.effect(op, arg, jump);
    }
}
