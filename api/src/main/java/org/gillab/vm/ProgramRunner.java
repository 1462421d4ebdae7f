package org.gillab.vm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.gillab.compile.Code;
import org.gillab.lang.Source;
import org.gillab.lang.SourceError;
import org.gillab.lang.SourceFiles;
import org.gillab.obj.ExcTypes;
import org.gillab.obj.Heap;
import org.gillab.obj.PyException;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyModule;
import org.gillab.spi.Rc;

/**
 * Runs a whole program as {@code gillab exec FILE.py} does: read, parse, compile, run on a thread
 * with a deep stack, report a fault Python-style, optionally audit the reference counts.
 *
 * <p>Exit status: 0 when the program finished, 1 when it raised or its text is faulty (as CPython),
 * {@code SystemExit}'s code when it called exit, 2 when the file cannot be read.
 */
public final class ProgramRunner {
    private ProgramRunner() {}

    /** What a run ended with. {@code audit} is null unless one was asked for. */
    public record Result(int exitCode, Heap.AuditReport audit) {}

    public static Result runFile(Path file, OutputStream out, PrintStream err, boolean audit) {
        Source src;
        try {
            src = SourceFiles.read(file);
        } catch (SourceError e) {
            err.print(e.render());
            return new Result(1, null);
        } catch (IOException e) {
            err.println("gillab: cannot read " + file + ": " + describe(e));
            return new Result(2, null);
        }
        return run(src, out, err, audit);
    }

    public static Result run(Source src, OutputStream out, PrintStream err, boolean audit) {
        AtomicReference<Result> result = new AtomicReference<>();
        Thread t = new PyThread(() -> result.set(runHere(src, out, err, audit)), "gillab-main");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.interrupt();
            return new Result(130, null);
        }
        return result.get();
    }

    private static Result runHere(Source src, OutputStream out, PrintStream err, boolean audit) {
        if (audit) Heap.startTracking();
        Interpreter interp = new Interpreter(out);
        ThreadState ts = new ThreadState(interp, 0);
        int code = 0;
        Heap.AuditReport report = null;
        try {
            Code program;
            try {
                program = interp.compile(src);
            } catch (SourceError e) {
                err.print(e.render());
                return new Result(1, null);
            }
            ts.bind();
            try {
                PyModule main = interp.newModule("__main__");
                interp.execModule(program, main);
            } catch (PyException e) {
                interp.flush();
                if (e.matches(ExcTypes.SystemExit)) {
                    code = exitCode(e);
                    if (code == 1 && e.value.args.size() == 1 && !(e.value.args.get(0) instanceof PyInt)) {
                        err.println(e.value.args.get(0).str()); // sys.exit("message"), as CPython
                    }
                } else {
                    err.print(interp.formatTraceback(e.value));
                    code = 1;
                }
                Rc.decref(e.value);
            } finally {
                interp.flush();
                ts.unbind();
            }
            if (audit) report = Heap.audit(interp.roots());
            interp.release();
            return new Result(code, report);
        } catch (OutOfMemoryError e) {
            // the program's own doing, as CPython's MemoryError is: say so, and how to give it more
            interp.flush();
            err.println("MemoryError: the program used up the JVM heap (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MiB; give it more with JAVA_OPTS=-Xmx...)");
            return new Result(1, null);
        } catch (RuntimeException | Error e) {
            interp.flush();
            err.println("gillab: internal error: " + e);
            if (System.getenv("GILLAB_DEBUG") != null) e.printStackTrace(err);
            return new Result(70, report);
        } finally {
            if (audit) Heap.stopTracking();
        }
    }

    private static int exitCode(PyException e) {
        if (e.value.args.size() == 0) return 0;
        if (e.value.args.get(0) instanceof PyInt i) return (int) i.value;
        return e.value.args.get(0) == org.gillab.obj.Py.None ? 0 : 1;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
