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
        depth += Op.stackEffect(op, arg, false);
        if (depth > maxDepth) maxDepth = depth;
        if (depth < 0) throw new IllegalStateException("stack underflow at " + Op.name(op) + " (" + (size - 1) + ")");
        if (!Op.info(op).fallsThrough()) reachable = false;
    }

    /** Emits an instruction followed by a data word (fused instructions). */
    void emit(int op, int arg, int data) {
        emit(op, arg);
        raw(data);
    }

    /** Emits an instruction whose second word is a jump target. */
    void jumpWithData(int op, int arg, Label target) {
        if (Op.info(op).target() != Op.Target.NEXT_WORD) throw new IllegalArgumentException(Op.name(op) + " has no jump target in its second word");
        int before = depth;
        boolean live = reachable;
        emit(op, arg);
        dataJumps.put(size, target);
        raw(0);
        int at = before + Op.stackEffect(op, arg, true);
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
        if (Op.info(op).target() != Op.Target.ARG) throw new IllegalArgumentException(Op.name(op) + " is not a jump");
        int before = depth;
        boolean live = reachable;
        jumps.put(size, target);
        emit(op, 0);
        int at = before + Op.stackEffect(op, 0, true);
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
}
