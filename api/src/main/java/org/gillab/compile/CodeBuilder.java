package org.gillab.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gillab.obj.PyObject;

/**
 * Emits one code object's instructions: resolves labels, tracks the stack depth as it goes (so the
 * frame knows its size and each handler the depth to unwind to), and records the handler regions
 * that become the exception table.
 */
final class CodeBuilder {
    /** A jump target, placed once. */
    static final class Label {
        int pc = -1;
        int depth = -1; // stack depth on arrival, learned from the jumps to it
    }

    /** A protected range of instructions (a try body), possibly interrupted and resumed. */
    static final class Region {
        final Label handler;
        final int depth;
        final int level;
        final List<int[]> ranges = new ArrayList<>();
        int openStart = -1;

        Region(Label handler, int depth, int level) {
            this.handler = handler;
            this.depth = depth;
            this.level = level;
        }
    }

    private int[] code = new int[64];
    private int[] lines = new int[64];
    private int size;
    private final List<Label> jumpLabels = new ArrayList<>(); // parallel to instructions that jump
    private final Map<Integer, Label> jumps = new HashMap<>();
    private final Map<Integer, Label> dataJumps = new HashMap<>();
    private final List<PyObject> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    private final List<Region> regions = new ArrayList<>();
    private final List<Region> openRegions = new ArrayList<>();
    private final List<Integer> tryFinallyStarts = new ArrayList<>();

    /** The next instruction starts a {@code try: ... finally:} body (see {@link Code#tryFinallyStarts}). */
    void markTryFinallyStart() {
        tryFinallyStarts.add(size);
    }

    int line;
    private int depth;
    private int maxDepth;
    private boolean reachable = true;
    /** Instructions were emitted since the code became unreachable (so their depths were not tracked). */
    private boolean deadCodeEmitted;

    int size() { return size; }

    // ---------------------------------------------------------------- pools

    int constant(Object key, PyObject value) {
        Integer i = constIndex.get(key);
        if (i == null) {
            i = consts.size();
            consts.add(value);
            constIndex.put(key, i);
        }
        return i;
    }

    PyObject constAt(int i) {
        return consts.get(i);
    }

    int name(String n) {
        Integer i = nameIndex.get(n);
        if (i == null) {
            i = names.size();
            names.add(n);
            nameIndex.put(n, i);
        }
        return i;
    }

    // ---------------------------------------------------------------- emission

    void emit(int op) {
        emit(op, 0);
    }

    void emit(int op, int arg) {
        if (arg < 0 || arg >= (1 << 24)) throw new IllegalArgumentException("argument out of range: " + arg);
        if (size == code.length) {
            code = Arrays.copyOf(code, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        code[size] = op | arg << 8;
        lines[size] = line;
        size++;
        if (!reachable) { // dead code (after a return inside finally, say): its depth is moot
            deadCodeEmitted = true;
            return;
        }
        depth += effect(op, arg, false);
        if (depth > maxDepth) maxDepth = depth;
        if (depth < 0) throw new IllegalStateException("stack underflow at " + Op.name(op) + " (" + (size - 1) + ")");
        if (op == Op.JUMP || op == Op.JUMP_BACKWARD || op == Op.RETURN_VALUE || op == Op.RERAISE
                || op == Op.RAISE_VARARGS || op == Op.POP_EXCEPT_RERAISE) {
            reachable = false;
        }
    }

    /** Emits an instruction followed by a data word (fused instructions). */
    void emit(int op, int arg, int data) {
        emit(op, arg);
        raw(data);
    }

    /** Emits an instruction whose second word is a jump target. */
    void jumpWithData(int op, int arg, Label target) {
        int before = depth;
        boolean live = reachable;
        emit(op, arg);
        dataJumps.put(size, target);
        raw(0);
        int at = before + effect(op, arg, true);
        if (live && target.depth < 0) target.depth = at; // a jump in dead code knows no real depth
    }

    private void raw(int word) {
        if (size == code.length) {
            code = Arrays.copyOf(code, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        code[size] = word;
        lines[size] = line;
        size++;
    }

    void jump(int op, Label target) {
        int before = depth;
        boolean live = reachable;
        jumps.put(size, target);
        emit(op, 0);
        int at = before + effect(op, 0, true);
        if (live && target.depth < 0) target.depth = at; // a jump in dead code knows no real depth
        if (target.pc >= 0) patch(size - 1, target);
    }

    /**
     * Places a label here. After an unconditional jump the depth is the one the label arrives with;
     * a label that no live jump has reached yet, placed right after the unconditional jump, is the
     * target of a backward jump to come (a while loop's body) and starts at the depth the jump left.
     * One placed after dead instructions is reached only from dead code, and what follows stays dead.
     */
    void place(Label l) {
        l.pc = size;
        if (reachable) {
            if (l.depth < 0) l.depth = depth;
            return;
        }
        if (l.depth >= 0) depth = l.depth;
        else if (deadCodeEmitted) return;
        else l.depth = depth;
        reachable = true;
        deadCodeEmitted = false;
    }

    /** Sets the depth explicitly (the entry of an exception handler). */
    void setDepth(int d) {
        depth = d;
        if (depth > maxDepth) maxDepth = depth;
        reachable = true;
        deadCodeEmitted = false;
    }

    int depth() { return depth; }

    boolean reachable() { return reachable; }

    private void patch(int at, Label l) {
        code[at] = (code[at] & 0xff) | l.pc << 8;
    }

    // ---------------------------------------------------------------- handler regions

    Region openRegion(Label handler) {
        return openRegion(handler, depth);
    }

    /** A region whose handler unwinds the stack to {@code unwindDepth} before pushing the exception. */
    Region openRegion(Label handler, int unwindDepth) {
        Region r = new Region(handler, unwindDepth, openRegions.size());
        r.openStart = size;
        regions.add(r);
        openRegions.add(r);
        return r;
    }

    void closeRegion(Region r) {
        if (r.openStart >= 0 && r.openStart < size) r.ranges.add(new int[] {r.openStart, size});
        r.openStart = -1;
        openRegions.remove(r);
    }


    /** Stops protecting code with {@code r} until {@link #resume}. */
    void pause(Region r) {
        if (r.openStart >= 0 && r.openStart < size) r.ranges.add(new int[] {r.openStart, size});
        r.openStart = -1;
    }

    void resume(Region r) {
        if (openRegions.contains(r)) r.openStart = size;
    }

    // ---------------------------------------------------------------- build

    Code build(String name, String qualname, String filename, int firstLine, int flags, String[] varnames,
               String[] cellnames, String[] freenames, int argcount, int kwonlycount, int[] cell2arg) {
        for (Map.Entry<Integer, Label> e : jumps.entrySet()) {
            if (e.getValue().pc < 0) throw new IllegalStateException("unplaced label in " + qualname);
            patch(e.getKey(), e.getValue());
        }
        for (Map.Entry<Integer, Label> e : dataJumps.entrySet()) {
            if (e.getValue().pc < 0) throw new IllegalStateException("unplaced label in " + qualname);
            code[e.getKey()] = e.getValue().pc;
        }
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort((a, b) -> Integer.compare(b.level, a.level));
        List<Integer> table = new ArrayList<>();
        for (Region r : sorted) {
            for (int[] range : r.ranges) {
                table.add(range[0]);
                table.add(range[1]);
                table.add(r.handler.pc);
                table.add(r.depth);
            }
        }
        int[] handlers = table.stream().mapToInt(Integer::intValue).toArray();
        return new Code(name, qualname, filename, firstLine, flags, Arrays.copyOf(code, size),
                Arrays.copyOf(lines, size), consts.toArray(new PyObject[0]), names.toArray(new String[0]), varnames,
                cellnames, freenames, argcount, kwonlycount, cell2arg, maxDepth + 1, handlers,
                tryFinallyStarts.stream().mapToInt(Integer::intValue).distinct().sorted().toArray());
    }

    // ---------------------------------------------------------------- stack effects

    /** How an instruction changes the stack depth; {@code jump} for the branch-taken edge. */
    static int effect(int op, int arg, boolean jump) {
        switch (op) {
            case Op.NOP: case Op.ROT_TWO: case Op.ROT_THREE: case Op.DELETE_FAST: case Op.DELETE_DEREF:
            case Op.DELETE_GLOBAL: case Op.DELETE_NAME: case Op.LOAD_ATTR: case Op.UNARY_NEG: case Op.UNARY_POS:
            case Op.UNARY_INVERT: case Op.UNARY_NOT: case Op.JUMP: case Op.JUMP_BACKWARD: case Op.GET_ITER:
            case Op.LIST_TO_TUPLE: case Op.KW_NAMES: case Op.YIELD_VALUE: case Op.CHECK_EXC_MATCH:
                return 0;
            case Op.POP_TOP: case Op.STORE_FAST: case Op.STORE_DEREF: case Op.STORE_GLOBAL: case Op.STORE_NAME:
            case Op.DELETE_ATTR: case Op.BINARY_SUBSCR: case Op.BINARY_OP: case Op.INPLACE_OP: case Op.COMPARE_OP:
            case Op.IS_OP: case Op.CONTAINS_OP: case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE:
            case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND: case Op.SET_UPDATE: case Op.DICT_UPDATE:
            case Op.DICT_MERGE: case Op.RETURN_VALUE: case Op.POP_EXCEPT: case Op.RERAISE: case Op.WITH_EXIT:
                return -1;
            case Op.DUP_TOP: case Op.LOAD_CONST: case Op.LOAD_FAST: case Op.LOAD_DEREF: case Op.LOAD_CLOSURE:
            case Op.LOAD_GLOBAL: case Op.LOAD_NAME: case Op.LOAD_METHOD: case Op.PUSH_EXC_INFO: case Op.BEFORE_WITH:
            case Op.WITH_EXCEPT_START: case Op.IMPORT_NAME: case Op.IMPORT_FROM: case Op.LOAD_ASSERTION_ERROR:
                return 1;
            case Op.DUP_TOP_TWO: return 2;
            case Op.STORE_ATTR: case Op.DELETE_SUBSCR: case Op.MAP_ADD: case Op.POP_EXCEPT_RERAISE: return -2;
            case Op.STORE_SUBSCR: return -3;
            case Op.COMPARE_JUMP: return -2;
            case Op.LOAD_FAST_ATTR: return 1;
            case Op.STORE_FAST_ATTR: return -1;
            case Op.LOAD_FAST_METHOD: return 2;
            case Op.INPLACE_FAST_CONST: return 0;
            case Op.BUILD_SLICE: return 1 - arg;
            case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
            case Op.FOR_ITER: return jump ? -1 : 1;
            case Op.GET_AWAITABLE: case Op.GET_AITER: return 0;
            case Op.SEND: return jump ? -1 : 0;
            case Op.BEFORE_ASYNC_WITH: case Op.GET_ANEXT: return 1;
            case Op.END_ASYNC_FOR: return -2;
            case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING: return 1 - arg;
            case Op.BUILD_MAP: return 1 - 2 * arg;
            case Op.UNPACK_SEQUENCE: return arg - 1;
            case Op.UNPACK_EX: return (arg & 0xff) + (arg >> 8);
            case Op.CALL: return -arg;
            case Op.CALL_METHOD: return -arg - 1;
            case Op.CALL_FUNCTION_EX: return -1 - (arg & 1);
            case Op.MAKE_FUNCTION: return -Integer.bitCount(arg & 0b1011);
            case Op.RAISE_VARARGS: return -arg;
            case Op.BUILD_CLASS: return -(arg >>> 16);
            case Op.FORMAT_VALUE: return (arg & 4) != 0 ? -1 : 0;
            default: throw new IllegalArgumentException("no stack effect for " + Op.name(op));
        }
    }
}
