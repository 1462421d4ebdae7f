package org.gillab.vm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.compile.Code;
import org.gillab.compile.Compiler;
import org.gillab.lang.Ast;
import org.gillab.lang.Parser;
import org.gillab.lang.Source;
import org.gillab.obj.ExcTypes;
import org.gillab.obj.Py;
import org.gillab.obj.PyBaseException;
import org.gillab.obj.PyDict;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyStr;
import org.gillab.runtime.BuiltinModules;
import org.gillab.runtime.Builtins;
import org.gillab.spi.Rc;

/**
 * One interpreter (CPython's {@code PyInterpreterState}): its modules, its output, its recursion
 * limit. Threads running in it each have a {@link ThreadState}. A subinterpreter model creates one
 * per worker; the shared-heap models share one.
 */
public final class Interpreter {
    public final PyDict builtins = Builtins.dict();
    public int recursionLimit = 1000;
    /** This interpreter's cycle collector (one per interpreter, as in CPython). */
    public final Collector gc = new Collector();

    private final Map<String, PyModule> modules = new LinkedHashMap<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final OutputStream out;
    private final StringBuilder pending = new StringBuilder();

    /** Output goes to {@code out}, buffered until {@link #flush} (or 8 KiB accumulate). */
    public Interpreter(OutputStream out) {
        this.out = out;
    }

    // ---------------------------------------------------------------- output

    /** Writes program output (print). Thread-safe; buffered. */
    public void write(String s) {
        synchronized (pending) {
            pending.append(s);
            if (pending.length() >= 8192) flushLocked();
        }
    }

    public void flush() {
        synchronized (pending) {
            flushLocked();
        }
    }

    private void flushLocked() {
        if (pending.length() == 0) return;
        try {
            out.write(pending.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pending.setLength(0);
    }

    // ---------------------------------------------------------------- code

    /** Parses and compiles a program; throws {@link org.gillab.lang.SourceError} for faults in its text. */
    public Code compile(Source src) {
        Ast.Module m = Parser.parse(src);
        Code c = Compiler.compileModule(m, src);
        sources.put(src.name(), src);
        return c;
    }

    /** A fresh module (the program's {@code __main__}) whose dict has {@code __name__}. */
    public PyModule newModule(String name) {
        PyDict d = new PyDict();
        d.setStr("__name__", PyStr.intern(name));
        PyModule m = new PyModule(name, d);
        PyModule old = modules.put(name, m);
        if (old != null) Rc.decref(old);
        return m;
    }

    /** Runs module-level code in {@code module}'s namespace on the calling thread (which must be bound). */
    public void execModule(Code code, PyModule module) {
        Frame f = new Frame(code, module.dict, builtins);
        PyObject r = Eval.run(ThreadState.current(), f);
        Rc.decref(r);
    }

    /**
     * The module this interpreter knows by {@code name} (a borrowed reference), or null: how a copied
     * value finds its class again in the interpreter that receives it, as pickle's {@code find_class}
     * looks in {@code sys.modules}.
     */
    public PyModule module(String name) {
        synchronized (modules) {
            return modules.get(name);
        }
    }

    /** {@code import name}: a new reference to the module. */
    public PyObject importModule(String name) {
        PyModule m;
        synchronized (modules) { // CPython's import lock: workers may import at the same time
            m = modules.get(name);
            if (m == null) {
                m = BuiltinModules.create(name);
                if (m == null) m = loadPythonModule(name);
                if (m == null) {
                    String known = String.join(", ", BuiltinModules.names());
                    throw Py.raise(ExcTypes.ModuleNotFoundError, "No module named '" + name
                            + "' (gillab provides only these modules: " + known + ")");
                }
                modules.put(name, m);
            }
        }
        Rc.incref(m);
        return m;
    }

    /**
     * A built-in module written in Python ({@code asyncio}): compiled and run in a module of its own,
     * registered before it runs (as CPython's import does). Null if {@code name} is not one.
     */
    private PyModule loadPythonModule(String name) {
        String text = BuiltinModules.pythonSource(name);
        if (text == null) return null;
        Code code = compile(new org.gillab.lang.Source("<gillab " + name + ">", text));
        PyModule m = newModule(name);
        try {
            execModule(code, m);
        } catch (RuntimeException e) {
            modules.remove(name);
            Rc.decref(m);
            throw e;
        }
        return m;
    }

    /** What the runtime itself holds a reference to: the roots of the reference-count audit. */
    public List<PyObject> roots() {
        return new ArrayList<>(modules.values());
    }

    /** Drops the runtime's references to its modules (after a run and its audit). */
    public void release() {
        List<PyModule> ms = new ArrayList<>(modules.values());
        modules.clear();
        for (PyModule m : ms) Rc.decref(m);
    }

    // ---------------------------------------------------------------- tracebacks

    /**
     * The report CPython prints for an uncaught exception, preceded by the exceptions it chains to
     * ({@code raise ... from ...}, or one raised while another was being handled).
     */
    public String formatTraceback(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        java.util.Set<PyBaseException> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        appendChain(sb, e, seen);
        return sb.toString();
    }

    private void appendChain(StringBuilder sb, PyBaseException e, java.util.Set<PyBaseException> seen) {
        seen.add(e);
        if (e.cause != null && !seen.contains(e.cause)) {
            appendChain(sb, e.cause, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context != null && !e.suppressContext && !seen.contains(e.context)) {
            appendChain(sb, e.context, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        sb.append(formatOne(e));
    }

    private String formatOne(PyBaseException e) {
        StringBuilder sb = new StringBuilder("Traceback (most recent call last):\n");
        List<PyBaseException.TracebackEntry> tb = e.traceback;
        PyBaseException.TracebackEntry last = null;
        int repeats = 0;
        for (int i = tb.size() - 1; i >= 0; i--) {
            PyBaseException.TracebackEntry t = tb.get(i);
            if (t.equals(last)) {
                if (++repeats >= 3) continue; // CPython shows a repeated line three times, then a count
            } else {
                if (repeats >= 3) appendRepeats(sb, repeats - 2);
                repeats = 0;
            }
            last = t;
            sb.append("  File \"").append(t.file()).append("\", line ").append(t.line()).append(", in ")
              .append(t.function()).append('\n');
            Source src = sources.get(t.file());
            if (src != null) {
                String text = src.lineText(t.line()).strip();
                if (!text.isEmpty()) sb.append("    ").append(text).append('\n');
            }
        }
        if (repeats >= 3) appendRepeats(sb, repeats - 2);
        sb.append(exceptionLine(e)).append('\n');
        return sb.toString();
    }

    private static void appendRepeats(StringBuilder sb, int n) {
        sb.append("  [Previous line repeated ").append(n).append(" more time").append(n == 1 ? "" : "s").append("]\n");
    }

    /** {@code TypeName: message}, as the last line of a traceback. */
    public static String exceptionLine(PyBaseException e) {
        String name = e.type().name;
        String mod = e.type().module;
        if (!mod.equals("builtins") && !mod.equals("__main__")) name = mod + "." + name;
        String msg;
        try {
            msg = e.str();
        } catch (RuntimeException ex) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }
}
