package org.gillab.compile;

import org.gillab.obj.PyObject;
import org.gillab.obj.PyType;

/**
 * A compiled function body, class body or module (CPython's code object): instructions, constants,
 * names, the layout of the frame's slots and the tables that map instructions back to lines and
 * exception handlers. Immutable once built; immortal, since constants and code are shared.
 *
 * <p>Frame slots ("localsplus"): {@code [0, nlocals)} plain locals (parameters first),
 * {@code [nlocals, nlocals + ncells)} cells of this scope, then the free variables it closes over,
 * then the value stack.
 */
public final class Code extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", Code.class);

    public static final int GENERATOR = 1, CLASS_BODY = 2, MODULE = 4, VARARGS = 8, VARKW = 16;
    /** An {@code async def}'s code (always with GENERATOR too): its calls make coroutine objects. */
    public static final int COROUTINE = 32;

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLine;
    public final int flags;

    public final int[] code;
    /** The source line of each instruction. */
    public final int[] lines;
    public final PyObject[] consts;
    public final String[] names;

    public final String[] varnames;   // plain locals, parameters first
    public final String[] cellnames;
    public final String[] freenames;
    public final int argcount;        // positional parameters
    public final int kwonlycount;     // keyword-only parameters (after the positional ones in varnames)
    /** For each cell, the parameter it starts from, or -1. */
    public final int[] cell2arg;
    public final int nlocalsplus;
    public final int stacksize;

    /**
     * Exception handlers: groups of four ints (start, end, handler, stack depth), innermost first.
     * An exception raised by an instruction in [start, end) pops the value stack to the depth,
     * pushes the exception and continues at handler.
     */
    public final int[] handlers;

    /** Whether {@code pc} starts a {@code try: ... finally:} body (see {@link #tryFinallyStarts}). */
    public boolean startsTryFinally(int pc) {
        return java.util.Arrays.binarySearch(tryFinallyStarts, pc) >= 0;
    }

    /**
     * The global-name inline cache, one word per LOAD_GLOBAL instruction (indexed by pc): the
     * globals' keys version in the high half (unique in the process: it names one keys table of one
     * dict, see {@code PyDict}), the entry index in the low 31 bits and, in bit 31, whether the entry
     * is in builtins. One long, so a racing reader sees a whole entry or none. -1 at first: version -1
     * is never given out.
     */
    public final long[] globalCache;

    /** LOAD_METHOD's inline cache, indexed by pc: what the last lookup found (see Eval). */
    public final Object[] methodCache;

    /** The attribute inline cache, indexed by pc: the instance-dict entry index last seen. */
    public final int[] attrCache;

    /**
     * The first instruction of each {@code try: ... finally:} body, ascending: where Python 2's
     * ticker refused a thread switch (its SETUP_FINALLY), which the {@code gil-ticks} model follows.
     */
    public final int[] tryFinallyStarts;

    /**
     * The compiled tier's state for this code object, set once by {@code org.gillab.vm.Tier}: null
     * until first run, then its compiled code or the reason it runs in the interpreter instead.
     * Either is immutable, so a racing reader sees null or a whole value.
     */
    public Object tier;

    /** {@link #names} as interned str objects: the identical key objects instance dicts hold. */
    public final org.gillab.obj.PyStr[] nameObjects;

    Code(String name, String qualname, String filename, int firstLine, int flags, int[] code, int[] lines,
         PyObject[] consts, String[] names, String[] varnames, String[] cellnames, String[] freenames,
         int argcount, int kwonlycount, int[] cell2arg, int stacksize, int[] handlers, int[] tryFinallyStarts) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLine = firstLine;
        this.flags = flags;
        this.code = code;
        this.lines = lines;
        this.consts = consts;
        this.names = names;
        this.varnames = varnames;
        this.cellnames = cellnames;
        this.freenames = freenames;
        this.argcount = argcount;
        this.kwonlycount = kwonlycount;
        this.cell2arg = cell2arg;
        this.nlocalsplus = varnames.length + cellnames.length + freenames.length;
        this.stacksize = stacksize;
        this.handlers = handlers;
        this.tryFinallyStarts = tryFinallyStarts;
        this.globalCache = new long[code.length];
        java.util.Arrays.fill(globalCache, -1L);
        this.methodCache = new Object[code.length];
        this.attrCache = new int[code.length];
        java.util.Arrays.fill(attrCache, -1);
        this.nameObjects = new org.gillab.obj.PyStr[names.length];
        for (int i = 0; i < names.length; i++) nameObjects[i] = org.gillab.obj.PyStr.intern(names[i]);
        org.gillab.spi.Rc.immortal(this);
    }

    @Override public PyType type() { return TYPE; }

    public boolean isGenerator() { return (flags & GENERATOR) != 0; }

    public boolean isCoroutine() { return (flags & COROUTINE) != 0; }

    public boolean hasVarargs() { return (flags & VARARGS) != 0; }

    public boolean hasVarkw() { return (flags & VARKW) != 0; }

    public int nlocals() { return varnames.length; }

    public int ncells() { return cellnames.length; }

    /** The line of the instruction at {@code pc}. */
    public int lineAt(int pc) {
        if (pc < 0) pc = 0;
        if (pc >= lines.length) pc = lines.length - 1;
        return pc < 0 ? firstLine : lines[pc];
    }

    @Override
    public String repr() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLine + ">";
    }

    /** A readable listing of the instructions, for debugging the compiler. */
    public String disassemble() {
        StringBuilder sb = new StringBuilder("code " + qualname + "\n");
        for (int pc = 0; pc < code.length; pc += Op.length(code[pc] & 0xff)) {
            int op = code[pc] & 0xff, arg = code[pc] >>> 8;
            sb.append(String.format("%5d %4d %-22s %d", lines[pc], pc, Op.name(op), arg));
            if (op == Op.LOAD_CONST) sb.append("  (").append(consts[arg].repr()).append(')');
            else if (op == Op.LOAD_GLOBAL || op == Op.STORE_GLOBAL || op == Op.LOAD_ATTR || op == Op.STORE_ATTR
                    || op == Op.LOAD_METHOD || op == Op.LOAD_NAME || op == Op.STORE_NAME) sb.append("  (").append(names[arg]).append(')');
            else if (op == Op.LOAD_FAST || op == Op.STORE_FAST) sb.append("  (").append(varnames[arg]).append(')');
            sb.append('\n');
        }
        for (int i = 0; i < handlers.length; i += 4) {
            sb.append(String.format("  handler [%d, %d) -> %d depth %d%n", handlers[i], handlers[i + 1], handlers[i + 2], handlers[i + 3]));
        }
        return sb.toString();
    }
}
