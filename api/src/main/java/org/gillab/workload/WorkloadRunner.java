package org.gillab.workload;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.gillab.compile.Code;
import org.gillab.lang.Source;
import org.gillab.lang.SourceFiles;
import org.gillab.obj.Heap;
import org.gillab.obj.Py;
import org.gillab.obj.PyException;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyList;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.Hooks;
import org.gillab.spi.InstructionTicks;
import org.gillab.spi.ModelOptionException;
import org.gillab.spi.Rc;
import org.gillab.spi.WorkerLayout;
import org.gillab.vm.Interpreter;
import org.gillab.vm.PyFunction;
import org.gillab.vm.PyThread;
import org.gillab.vm.ThreadState;
import org.gillab.vm.WorkerAbandoned;

/**
 * Runs a workload the way Python threads run: one interpreter, one heap, the module's globals shared
 * by every worker, each worker a thread of its own.
 *
 * <p>The main thread runs the module's top level and {@code setup}, then waits for the workers with
 * the model's lock released (as CPython's main thread does in {@code Thread.join}); the workers start
 * together from a latch; afterwards the main thread runs {@code check}, audits the reference counts
 * and collects the model's counters. A worker that raises is reported with its traceback; a fault of
 * the interpreter itself inside a worker (what the {@code unsafe} model's races cause) is reported as
 * damage; a worker still running at the timeout is reported as hung, and the run returns without it.
 */
public final class WorkloadRunner {
    private WorkloadRunner() {}

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Runs {@code spec}; program output goes to {@code out}. Throws {@link org.gillab.lang.SourceError}
     * for a faulty program text, {@link WorkloadError} for a file that breaks the workload convention,
     * {@link ModelOptionException} for a model that cannot run in this JVM, {@link IOException} for
     * a file that cannot be read.
     */
    public static RunOutcome run(RunSpec spec, OutputStream out) throws IOException {
        if (spec.model().needsInstructionTicks() && !InstructionTicks.ENABLED) {
            throw new ModelOptionException("model " + spec.model().name() + " switches between any two instructions, "
                    + "which needs a JVM started with -D" + InstructionTicks.PROPERTY + "=true (./gillab does this)");
        }
        Source src = SourceFiles.read(spec.file());
        return onPyThread("gillab-main", () -> runHere(spec, src, out));
    }

    /**
     * Runs {@code body} on a fresh {@link PyThread} (the interpreter's threads carry their state in a
     * field, and get a deep stack), waits for it, and returns its value or throws what it threw.
     */
    private static <T> T onPyThread(String name, Supplier<T> body) {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new PyThread(() -> {
            try {
                result.set(body.get());
            } catch (RuntimeException | Error e) {
                result.set(e);
            }
        }, name);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        Object r = result.get();
        if (r instanceof RuntimeException e) throw e;
        if (r instanceof Error e) throw e;
        @SuppressWarnings("unchecked")
        T value = (T) r;
        return value;
    }

    /**
     * Reads a workload file's metadata by running its top level, with no model and no worker: what a
     * sweep checks before it starts, so that a faulty file is a usage error and not a failed cell.
     * Throws {@link org.gillab.lang.SourceError}, {@link WorkloadError} (also for a top level that
     * raises: the traceback is the message) or {@link IOException}.
     */
    public static WorkloadInfo inspect(java.nio.file.Path file) throws IOException {
        Source src = SourceFiles.read(file);
        return onPyThread("gillab-inspect", () -> {
            Interpreter interp = new Interpreter(OutputStream.nullOutputStream());
            ThreadState ts = new ThreadState(interp, 0);
            Code program = interp.compile(src);
            ts.bind();
            try {
                PyModule module = interp.newModule(moduleName(src));
                try {
                    interp.execModule(program, module);
                } catch (PyException e) {
                    String tb = interp.formatTraceback(e.value).strip();
                    Rc.decref(e.value);
                    throw new WorkloadError(src.name(), 1, 1, "the module's top level raised:\n" + tb);
                }
                return WorkloadModule.of(module, src, moduleName(src)).info();
            } finally {
                interp.release();
                ts.unbind();
            }
        });
    }

    static String moduleName(Source src) {
        String n = java.nio.file.Path.of(src.name()).getFileName().toString();
        return n.endsWith(".py") ? n.substring(0, n.length() - 3) : n;
    }

    private static RunOutcome runHere(RunSpec spec, Source src, OutputStream out) {
        Interpreter interp = new Interpreter(out);
        Code program = interp.compile(src); // a SourceError goes to the caller
        ConcurrencyModel model = spec.model().create(spec.options());
        Hooks.install(model.refCounting(), model.containerLocking(), model.threadHooks());
        org.gillab.vm.Gc.Totals.reset();
        if (spec.audit()) Heap.startTracking();
        try {
            if (model.layout() == WorkerLayout.INTERPRETER_PER_WORKER) return IsolatedRunner.run(spec, src, interp, program, model, out);
            return runModel(spec, src, interp, program, model);
        } finally {
            Hooks.reset();
            if (spec.audit()) Heap.stopTracking();
            model.close();
        }
    }

    private static RunOutcome runModel(RunSpec spec, Source src, Interpreter interp, Code program, ConcurrencyModel model) {
        int n = spec.workers();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        List<String> damage = Collections.synchronizedList(new ArrayList<>());
        ThreadState main = new ThreadState(interp, 0);
        main.bind();
        Args args = new Args(PyInt.of(n));
        Progress progress = new Progress();
        WorkloadModule wm;
        try {
            PyModule module = interp.newModule(moduleName(src));
            try {
                interp.execModule(program, module);
            } catch (PyException e) {
                errors.add(interp.formatTraceback(e.value));
                Rc.decref(e.value);
                return finish(spec, interp, model, main, args, null, 0, 0, List.of(), List.of(), RunOutcome.Check.NOT_RUN, errors, damage, 0L);
            }
            wm = WorkloadModule.of(module, src, moduleName(src));
            long sizeValue = spec.size() >= 0 ? spec.size() : wm.info().defaultSize();
            progress.info = wm.info();
            progress.size = sizeValue;
            PyInt size = args.size = PyInt.of(sizeValue);
            PyInt parts = args.parts;
            if (wm.setup() != null) {
                try {
                    args.shared = wm.setup().call(new PyObject[] {size, parts}, null);
                } catch (PyException e) {
                    errors.add("setup() raised:\n" + interp.formatTraceback(e.value));
                    Rc.decref(e.value);
                    return finish(spec, interp, model, main, args, wm.info(), sizeValue, 0, List.of(), List.of(), RunOutcome.Check.NOT_RUN, errors, damage, 0L);
                }
            } else {
                args.shared = Rc.newRef(Py.None);
            }
            model.beforeWorkers(interp);

            Workers w = new Workers(n);
            PyObject[] sharedArgs = {size, parts, args.shared};
            // async def work(...): the workers are tasks of one asyncio event loop, driven by worker 0's
            // thread (asyncio._run_workers gathers them); the other workers' threads have nothing to do
            PyObject asyncDriver = null;
            if (wm.work() instanceof PyFunction wf && wf.code.isCoroutine()) {
                PyObject asyncio = interp.importModule("asyncio");
                asyncDriver = asyncio.getAttr("_run_workers");
                Rc.decref(asyncio);
            }
            final PyObject driver = asyncDriver;
            CountDownLatch go = new CountDownLatch(1);
            for (int i = 0; i < n; i++) {
                final int part = i;
                w.states[i] = new ThreadState(interp, part + 1); // made here, so the main thread can abandon it
                w.threads[i] = new PyThread(() -> work(interp, wm.work(), driver, part, sharedArgs, go, w, errors, damage),
                        "gillab-worker-" + i);
                w.threads[i].setDaemon(true); // a hung worker must not keep the JVM alive
                w.threads[i].start();
            }
            ThreadState.beginBlocking(); // the main thread waits with the model's lock released
            long start = System.nanoTime();
            go.countDown();
            boolean hung = !joinAll(w.threads, start + spec.timeout().toNanos());
            if (hung) {
                List<String> running = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (!w.threads[i].isAlive()) continue;
                    running.add(String.valueOf(i));
                    if (w.states[i] != null) w.states[i].abandon(); // stop at its next safe point rather than burn a core
                }
                damage.add("timed out after " + spec.timeout().toSeconds() + " s: worker(s) " + String.join(", ", running)
                        + " still running (told to stop at their next safe point; the run's state is not audited)");
                args.abandoned = true; // a hung worker may hold the model's lock and use these: leave them
                interp.flush();
                return new RunOutcome(wm.info(), sizeValue, n, System.nanoTime() - start, 0, List.of(), List.of(),
                        RunOutcome.Check.NOT_RUN, List.copyOf(errors), List.copyOf(damage), true, null, model.counters(), null);
            }
            ThreadState.endBlocking();
            Rc.xdecref(driver);
            if (w.outOfMemory) {
                interp.gc.forgetAfterOutOfMemory(); // lets the JVM's collector have what the cycle collector's lists kept alive
                Heap.stopTracking(); // and what the audit's tracking kept alive
                return new RunOutcome(wm.info(), sizeValue, n, System.nanoTime() - start, 0, List.of(), List.of(),
                        RunOutcome.Check.NOT_RUN, List.copyOf(errors), List.copyOf(damage), false, null, model.counters(), null);
            }
            long wall = Arrays.stream(w.end).max().orElse(start) - start;
            long cpu = Arrays.stream(w.cpu).sum();
            List<String> reprs = new ArrayList<>();
            PyList results = new PyList();
            for (int i = 0; i < n; i++) {
                PyObject r = w.results[i] != null ? w.results[i] : Rc.newRef(Py.None);
                reprs.add(shorten(safeRepr(r)));
                results.appendOwned(r);
            }
            List<Long> cpus = new ArrayList<>();
            for (long c : w.cpu) cpus.add(c);
            progress.measured(wall, cpu, cpus, reprs);
            RunOutcome.Check verdict = check(wm, results, size, parts, interp, errors, damage);
            Rc.decref(results);
            return finish(spec, interp, model, main, args, wm.info(), sizeValue, wall, cpus, reprs, verdict, errors, damage, cpu);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            if (e instanceof WorkloadError || e instanceof ModelOptionException) throw e;
            // the main thread met a heap the workers broke (a racy model): report it with what was
            // measured before it broke, and skip the audit
            damage.add("main thread: the interpreter's own state broke: " + describe(e));
            interp.flush();
            return new RunOutcome(progress.info, progress.size, n, progress.wall, progress.cpu, progress.cpus, progress.results,
                    RunOutcome.Check.NOT_RUN, List.copyOf(errors), List.copyOf(damage), false, null, model.counters(), null);
        }
    }

    /** What a run has learned so far: kept for its report if the main thread then meets a broken heap. */
    private static final class Progress {
        WorkloadInfo info;
        long size;
        long wall;
        long cpu;
        List<Long> cpus = List.of();
        List<String> results = List.of();

        void measured(long wall, long cpu, List<Long> cpus, List<String> results) {
            this.wall = wall;
            this.cpu = cpu;
            this.cpus = List.copyOf(cpus);
            this.results = List.copyOf(results);
        }
    }

    /** What the main thread hands every worker; released before the audit. */
    private static final class Args {
        final PyInt parts;
        PyInt size;
        PyObject shared;
        boolean abandoned;

        Args(PyInt parts) {
            this.parts = parts;
        }

        void release() {
            if (abandoned) return;
            Rc.xdecref(shared);
            Rc.xdecref(size);
            Rc.decref(parts);
            shared = size = null;
            abandoned = true;
        }
    }

    /**
     * Runs the workload's {@code check(results, size, parts)}, if it has one and the run went without
     * errors or damage; an exception in it is added to {@code errors}.
     */
    static RunOutcome.Check check(WorkloadModule wm, PyList results, PyInt size, PyInt parts, Interpreter interp,
                                  List<String> errors, List<String> damage) {
        if (wm.check() == null) return RunOutcome.Check.NO_CHECK;
        if (!errors.isEmpty() || !damage.isEmpty()) return RunOutcome.Check.NOT_RUN;
        try {
            PyObject ok = wm.check().call(new PyObject[] {results, size, parts}, null);
            RunOutcome.Check verdict = ok.isTrue() ? RunOutcome.Check.PASSED : RunOutcome.Check.FAILED;
            Rc.decref(ok);
            return verdict;
        } catch (PyException e) {
            errors.add("check() raised:\n" + interp.formatTraceback(e.value));
            Rc.decref(e.value);
            return RunOutcome.Check.NOT_RUN;
        }
    }

    /** Joins every thread by {@code deadline} (System.nanoTime); false if one is still running. */
    static boolean joinAll(Thread[] threads, long deadline) {
        for (Thread t : threads) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) t.join(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (t.isAlive()) return false;
        }
        return true;
    }

    /** One worker's body: attach, {@code work(part, parts, size, shared)}, detach. */
    private static void work(Interpreter interp, PyObject fn, PyObject asyncDriver, int part, PyObject[] sharedArgs, CountDownLatch go,
                             Workers w, List<String> errors, List<String> damage) {
        ThreadState ts = w.states[part];
        try {
            go.await();
        } catch (InterruptedException e) {
            return;
        }
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        try {
            ts.bind();
            try {
                if (asyncDriver != null) {
                    if (part == 0) runAsyncWorkers(asyncDriver, fn, sharedArgs, w);
                } else {
                    PyInt partArg = PyInt.of(part);
                    try {
                        w.results[part] = fn.call(new PyObject[] {partArg, sharedArgs[1], sharedArgs[0], sharedArgs[2]}, null);
                    } finally {
                        Rc.decref(partArg);
                    }
                }
            } catch (PyException e) {
                errors.add("worker " + part + " raised:\n" + interp.formatTraceback(e.value));
                Rc.decref(e.value);
            } finally {
                ts.unbind();
            }
        } catch (WorkerAbandoned e) {
            // the run timed out and was reported as hung: this worker just stops
        } catch (OutOfMemoryError e) {
            // the workload's own doing, like CPython's MemoryError; the frames it unwound through were not
            // cleared, so the counts can no longer be audited
            w.outOfMemory = true;
            errors.add("worker " + part + " raised MemoryError: the JVM heap (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MiB) is used up; give it more with -Xmx (the run's state is not audited)");
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            damage.add("worker " + part + ": the interpreter's own state broke: " + describe(e));
        } finally {
            w.cpu[part] = THREADS.getCurrentThreadCpuTime() - cpu0;
            w.end[part] = System.nanoTime();
        }
    }

    /** Runs every part of an async workload as a task of one event loop; each part's result goes to its slot. */
    private static void runAsyncWorkers(PyObject driver, PyObject fn, PyObject[] sharedArgs, Workers w) {
        PyObject list = driver.call(new PyObject[] {fn, sharedArgs[1], sharedArgs[0], sharedArgs[2]}, null);
        try {
            for (int i = 0; i < w.results.length; i++) {
                PyInt index = PyInt.of(i);
                try {
                    w.results[i] = list.getItem(index);
                } finally {
                    Rc.decref(index);
                }
            }
        } finally {
            Rc.decref(list);
        }
    }

    private static RunOutcome finish(RunSpec spec, Interpreter interp, ConcurrencyModel model, ThreadState main, Args args,
                                     WorkloadInfo info, long size, long wall, List<Long> cpus, List<String> reprs,
                                     RunOutcome.Check verdict, List<String> errors, List<String> damage, long cpu) {
        args.release();
        interp.flush();
        main.unbind();
        Heap.AuditReport audit = null;
        if (spec.audit()) audit = Heap.audit(interp.roots());
        interp.release();
        Map<String, Long> counters = new java.util.LinkedHashMap<>(model.counters());
        org.gillab.vm.Gc.Totals.addTo(counters); // the cycle collector's pauses, whatever the model
        return new RunOutcome(info, size, spec.workers(), wall, cpu, List.copyOf(cpus), List.copyOf(reprs), verdict,
                List.copyOf(errors), List.copyOf(damage), false, audit, counters, null);
    }

    static String safeRepr(PyObject o) {
        try {
            return o.repr();
        } catch (PyException e) {
            Rc.decref(e.value);
            return "<" + o.type().name + " object: repr raised>";
        }
    }

    static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 197) + "..." : s;
    }

    /** An interpreter fault, briefly: the exception and where in gillab it happened. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) sb.append(": ").append(e.getMessage());
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.gillab.")) {
                sb.append(" (in ").append(f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1))
                        .append('.').append(f.getMethodName()).append(')');
                break;
            }
        }
        return sb.toString();
    }

    /** The worker threads and what each leaves behind. */
    private static final class Workers {
        final Thread[] threads;
        final ThreadState[] states;
        final PyObject[] results;
        final long[] cpu;
        final long[] end;
        volatile boolean outOfMemory;

        Workers(int n) {
            threads = new Thread[n];
            states = new ThreadState[n];
            results = new PyObject[n];
            cpu = new long[n];
            end = new long[n];
        }

    }
}
