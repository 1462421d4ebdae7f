package org.gillab.workload;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.gillab.compile.Code;
import org.gillab.lang.Source;
import org.gillab.obj.Heap;
import org.gillab.obj.Py;
import org.gillab.obj.PyException;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyList;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.runtime.ChannelsModule;
import org.gillab.runtime.Shareable;
import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.Rc;
import org.gillab.vm.Interpreter;
import org.gillab.vm.PyThread;
import org.gillab.vm.ThreadState;
import org.gillab.vm.WorkerAbandoned;

/**
 * Runs a workload with one interpreter per worker (PEP 684/734): the main interpreter runs the
 * module and {@code setup}; each worker creates an interpreter of its own, with its own lock, runs the
 * module's top level in it, and calls {@code work} there. Nothing but copies crosses between them:
 * {@code shared} and the results as {@link Shareable} values, channels carrying copies.
 *
 * <p>A workload whose workers must mutate state they share cannot be expressed by copies: a
 * {@code shared-state} workload, or a {@code setup} that returns something no interpreter can share
 * (a list, a socket), is reported as not applicable, with the reason, rather than run to a wrong
 * answer. Creating each interpreter (and running the module in it) is timed apart from the work: the
 * workers start their work together once every interpreter exists, and the wall time is that of the
 * work alone; the start-up appears in the counters.
 */
final class IsolatedRunner {
    private IsolatedRunner() {}

    static RunOutcome run(RunSpec spec, Source src, Interpreter mainInterp, Code program, ConcurrencyModel model, OutputStream out) {
        int n = spec.workers();
        String name = WorkloadRunner.moduleName(src);
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        List<String> damage = Collections.synchronizedList(new ArrayList<>());
        ThreadState main = new ThreadState(mainInterp, 0, model.newInterpreterHooks());
        main.bind();
        ChannelsModule.setCopying(true);
        PyObject[] held = {PyInt.of(n), null}; // parts, size: released before the audit
        PyInt parts = (PyInt) held[0];
        PyInt size = null;
        try {
            PyModule module = mainInterp.newModule(name);
            try {
                mainInterp.execModule(program, module);
            } catch (PyException e) {
                errors.add(mainInterp.formatTraceback(e.value));
                Rc.decref(e.value);
                return finish(spec, mainInterp, main, model, held, null, 0, 0, List.of(), List.of(), RunOutcome.Check.NOT_RUN, errors, damage, 0, null);
            }
            WorkloadModule wm = WorkloadModule.of(module, src, name);
            long sizeValue = spec.size() >= 0 ? spec.size() : wm.info().defaultSize();
            if (wm.info().category() == Category.SHARED_STATE) {
                return notApplicable(spec, mainInterp, main, model, held, wm.info(), sizeValue, "CATEGORY is shared-state: its workers "
                        + "mutate objects they share, which copies between interpreters cannot express");
            }
            size = PyInt.of(sizeValue);
            held[1] = size;
            Shareable shared = new Shareable.None();
            if (wm.setup() != null) {
                PyObject s;
                try {
                    s = wm.setup().call(new PyObject[] {size, parts}, null);
                } catch (PyException e) {
                    errors.add("setup() raised:\n" + mainInterp.formatTraceback(e.value));
                    Rc.decref(e.value);
                    return finish(spec, mainInterp, main, model, held, wm.info(), sizeValue, 0, List.of(), List.of(), RunOutcome.Check.NOT_RUN, errors, damage, 0, null);
                }
                try {
                    shared = Shareable.of(s);
                } catch (PyException e) {
                    String why = e.value.args.size() > 0 ? e.value.args.get(0).str() : "";
                    Rc.decref(e.value);
                    return notApplicable(spec, mainInterp, main, model, held, wm.info(), sizeValue,
                            "setup() returned what the workers would share, and " + why);
                } finally {
                    Rc.decref(s);
                }
            }

            Worker[] workers = new Worker[n];
            CountDownLatch ready = new CountDownLatch(n), go = new CountDownLatch(1);
            for (int i = 0; i < n; i++) {
                workers[i] = new Worker(i, n, sizeValue, shared, program, src, name, model, out, ready, go, errors, damage);
                workers[i].thread.start();
            }
            ThreadState.beginBlocking();
            long deadline = System.nanoTime() + spec.timeout().toNanos();
            boolean started = await(ready, deadline);
            long start = System.nanoTime();
            go.countDown();
            boolean hung = !started || !WorkloadRunner.joinAll(Arrays.stream(workers).map(w -> w.thread).toArray(Thread[]::new), deadline);
            if (hung) {
                List<String> running = new ArrayList<>();
                for (Worker w : workers) {
                    if (!w.thread.isAlive()) continue;
                    running.add(String.valueOf(w.part));
                    w.ts.abandon();
                }
                damage.add("timed out after " + spec.timeout().toSeconds() + " s: worker(s) " + String.join(", ", running)
                        + " still running (told to stop at their next safe point; the run's state is not audited)");
                mainInterp.flush();
                return new RunOutcome(wm.info(), sizeValue, n, System.nanoTime() - start, 0, List.of(), List.of(),
                        RunOutcome.Check.NOT_RUN, List.copyOf(errors), List.copyOf(damage), true, null, counters(model, workers), null);
            }
            ThreadState.endBlocking();
            long wall = Arrays.stream(workers).mapToLong(w -> w.end).max().orElse(start) - start;
            List<Long> cpus = new ArrayList<>();
            long cpu = 0;
            List<String> reprs = new ArrayList<>();
            PyList results = new PyList();
            for (Worker w : workers) {
                cpus.add(w.cpu);
                cpu += w.cpu;
                PyObject r = w.result != null ? w.result.toPython() : Rc.newRef(Py.None);
                reprs.add(WorkloadRunner.shorten(WorkloadRunner.safeRepr(r)));
                results.appendOwned(r);
            }
            RunOutcome.Check verdict = WorkloadRunner.check(wm, results, size, parts, mainInterp, errors, damage);
            Rc.decref(results);
            return finish(spec, mainInterp, main, model, held, wm.info(), sizeValue, wall, cpus, reprs, verdict, errors, damage, cpu, workers);
        } finally {
            ChannelsModule.setCopying(false);
            release(held);
        }
    }

    private static void release(PyObject[] held) {
        for (int i = 0; i < held.length; i++) {
            Rc.xdecref(held[i]);
            held[i] = null;
        }
    }

    /** One worker: its own interpreter, made and run on its own thread. */
    private static final class Worker {
        final int part;
        final PyThread thread;
        final ThreadState ts;
        volatile Shareable result;
        volatile long cpu, end, startupNanos;

        Worker(int part, int parts, long size, Shareable shared, Code program, Source src, String name, ConcurrencyModel model,
               OutputStream out, CountDownLatch ready, CountDownLatch go, List<String> errors, List<String> damage) {
            this.part = part;
            Interpreter interp = new Interpreter(out);
            this.ts = new ThreadState(interp, part + 1, model.newInterpreterHooks());
            this.thread = new PyThread(() -> body(interp, parts, size, shared, program, src, name, ready, go, errors, damage),
                    "gillab-worker-" + part);
            thread.setDaemon(true);
        }

        private void body(Interpreter interp, int parts, long size, Shareable shared, Code program, Source src, String name,
                          CountDownLatch ready, CountDownLatch go, List<String> errors, List<String> damage) {
            long t0 = System.nanoTime();
            boolean counted = false;
            try {
                ts.bind();
                try {
                    // PEP 734: every interpreter compiles and runs the module itself; nothing, not even a
                    // code object and its inline caches, is shared with another interpreter
                    Code own = interp.compile(src);
                    PyModule module = interp.newModule(name);
                    interp.execModule(own, module);
                    WorkloadModule wm = WorkloadModule.of(module, src, name);
                    startupNanos = System.nanoTime() - t0;
                    ready.countDown();
                    counted = true;
                    ThreadState.beginBlocking();
                    try {
                        go.await();
                    } finally {
                        ThreadState.endBlocking();
                    }
                    long cpu0 = WorkloadRunner.THREADS.getCurrentThreadCpuTime();
                    PyObject[] args = {PyInt.of(part), PyInt.of(parts), PyInt.of(size), shared.toPython()};
                    try {
                        PyObject r = wm.work().call(args, null);
                        try {
                            result = Shareable.of(r);
                        } catch (PyException e) {
                            errors.add("worker " + part + " returned a value that cannot go back to the main interpreter: "
                                    + e.value.args.get(0).str());
                            Rc.decref(e.value);
                        } finally {
                            Rc.decref(r);
                        }
                    } catch (PyException e) {
                        errors.add("worker " + part + " raised:\n" + interp.formatTraceback(e.value));
                        Rc.decref(e.value);
                    } finally {
                        for (PyObject a : args) Rc.decref(a);
                        cpu = WorkloadRunner.THREADS.getCurrentThreadCpuTime() - cpu0;
                    }
                } catch (PyException e) {
                    errors.add("worker " + part + "'s interpreter failed to start:\n" + interp.formatTraceback(e.value));
                    Rc.decref(e.value);
                } finally {
                    interp.flush();
                    interp.release(); // its modules, and with them every object it made
                    ts.unbind();
                }
            } catch (WorkerAbandoned e) {
                // reported as hung by the runner
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
                damage.add("worker " + part + ": the interpreter's own state broke: " + WorkloadRunner.describe(e));
            } finally {
                if (!counted) ready.countDown();
                end = System.nanoTime();
            }
        }
    }

    private static boolean await(CountDownLatch latch, long deadline) {
        try {
            return latch.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The model's counters, then how many interpreters were made and what making them cost. */
    private static Map<String, Long> counters(ConcurrencyModel model, Worker[] workers) {
        Map<String, Long> c = new LinkedHashMap<>(model.counters());
        long total = 0, max = 0;
        int made = 0;
        if (workers != null) {
            for (Worker w : workers) {
                if (w.startupNanos == 0) continue;
                made++;
                total += w.startupNanos;
                max = Math.max(max, w.startupNanos);
            }
        }
        c.put("interpreters-created", (long) made);
        c.put("interpreter-startup-ns", total);
        c.put("interpreter-startup-max-ns", max);
        return c;
    }

    private static RunOutcome notApplicable(RunSpec spec, Interpreter interp, ThreadState main, ConcurrencyModel model,
                                            PyObject[] held, WorkloadInfo info, long size, String reason) {
        release(held);
        interp.flush();
        main.unbind();
        interp.release();
        return RunOutcome.notApplicable(info, size, spec.workers(), reason, counters(model, null));
    }

    private static RunOutcome finish(RunSpec spec, Interpreter interp, ThreadState main, ConcurrencyModel model, PyObject[] held,
                                     WorkloadInfo info, long size, long wall, List<Long> cpus, List<String> reprs,
                                     RunOutcome.Check verdict, List<String> errors, List<String> damage, long cpu, Worker[] workers) {
        release(held);
        interp.flush();
        main.unbind();
        Heap.AuditReport audit = spec.audit() ? Heap.audit(interp.roots()) : null;
        interp.release();
        return new RunOutcome(info, size, spec.workers(), wall, cpu, List.copyOf(cpus), List.copyOf(reprs), verdict,
                List.copyOf(errors), List.copyOf(damage), false, audit, counters(model, workers), null);
    }
}
