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
import org.gillab.runtime.CopyCounters;
import org.gillab.runtime.LocalChannelCore;
import org.gillab.runtime.Shareable;
import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.Rc;
import org.gillab.vm.Interpreter;
import org.gillab.vm.ThreadState;

/**
 * Runs a workload with one interpreter per worker (PEP 684/734): the main interpreter runs the
 * module and {@code setup}; each worker creates an interpreter of its own, with its own lock, runs the
 * module's top level in it, and calls {@code work} there. Nothing but copies crosses between them:
 * {@code shared} and the results as {@link Shareable} values (a serialized copy for what is not
 * shareable as itself, as 3.14's {@code concurrent.interpreters} pickles it), channels carrying copies.
 *
 * <p>A workload whose workers must mutate state they share cannot be expressed by copies: a
 * {@code shared-state} workload, or a {@code setup} that returns something that cannot be copied
 * (a socket, a lock), is reported as not applicable, with the reason, rather than run to a wrong
 * answer. Where each worker runs is the model's {@link WorkerHost} (a thread here, an actor, a child
 * process). Creating each interpreter (and running the module in it) is timed apart from the work: the
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
        ChannelsModule.setCopying(true, model.channelPollNanos());
        CopyCounters.reset();
        LocalChannelCore.resetPollSleeps();
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
                        + "mutate objects they share, which workers that exchange only copies cannot express");
            }
            if (wm.work() instanceof org.gillab.vm.PyFunction wf && wf.code.isCoroutine()) {
                return notApplicable(spec, mainInterp, main, model, held, wm.info(), sizeValue, "work is an async def: its workers "
                        + "are tasks of one asyncio event loop, which interpreters of their own cannot share");
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

            WorkerHost host = model.workerHost();
            StartedWorker[] workers = new StartedWorker[n];
            CountDownLatch ready = new CountDownLatch(n), go = new CountDownLatch(1);
            for (int i = 0; i < n; i++) {
                workers[i] = host.start(new WorkerTask(i, n, sizeValue, shared, src, name, out, model.newInterpreterHooks(), ready, go));
            }
            ThreadState.beginBlocking();
            long deadline = System.nanoTime() + spec.timeout().toNanos();
            boolean started = await(ready, deadline);
            long start = System.nanoTime();
            go.countDown();
            List<String> running = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!started || !join(workers[i], deadline)) running.add(String.valueOf(i));
            }
            if (!running.isEmpty()) {
                for (String i : running) workers[Integer.parseInt(i)].abandon();
                ThreadState.endBlocking();
                damage.add("timed out after " + spec.timeout().toSeconds() + " s: worker(s) " + String.join(", ", running)
                        + " still running (told to stop at their next safe point; the run's state is not audited)");
                mainInterp.flush();
                return new RunOutcome(wm.info(), sizeValue, n, System.nanoTime() - start, 0, List.of(), List.of(),
                        RunOutcome.Check.NOT_RUN, List.copyOf(errors), List.copyOf(damage), true, null, counters(model, finished(workers)), null);
            }
            ThreadState.endBlocking();
            WorkerResult[] results = finished(workers);
            long wall = Arrays.stream(results).mapToLong(WorkerResult::endNanos).max().orElse(start) - start;
            List<Long> cpus = new ArrayList<>();
            long cpu = 0;
            List<String> reprs = new ArrayList<>();
            PyList values = new PyList();
            for (WorkerResult w : results) {
                errors.addAll(w.errors());
                damage.addAll(w.damage());
                cpus.add(w.cpuNanos());
                cpu += w.cpuNanos();
                PyObject r = w.result() != null ? w.result().toPython() : Rc.newRef(Py.None);
                reprs.add(WorkloadRunner.shorten(WorkloadRunner.safeRepr(r)));
                values.appendOwned(r);
            }
            RunOutcome.Check verdict = WorkloadRunner.check(wm, values, size, parts, mainInterp, errors, damage);
            Rc.decref(values);
            return finish(spec, mainInterp, main, model, held, wm.info(), sizeValue, wall, cpus, reprs, verdict, errors, damage, cpu, results);
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

    private static boolean join(StartedWorker w, long deadline) {
        try {
            return w.join(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The results of the workers that finished (null for one that did not). */
    private static WorkerResult[] finished(StartedWorker[] workers) {
        WorkerResult[] r = new WorkerResult[workers.length];
        for (int i = 0; i < r.length; i++) r[i] = workers[i].result();
        return r;
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
    private static Map<String, Long> counters(ConcurrencyModel model, WorkerResult[] workers) {
        Map<String, Long> c = new LinkedHashMap<>(model.counters());
        org.gillab.vm.Gc.Totals.addTo(c); // every interpreter's collector (a child process's stay in the child)
        long total = 0, max = 0;
        int made = 0;
        if (workers != null) {
            for (WorkerResult w : workers) {
                if (w == null || w.startupNanos() == 0) continue;
                made++;
                total += w.startupNanos();
                max = Math.max(max, w.startupNanos());
            }
        }
        c.put("interpreters-created", (long) made);
        c.put("interpreter-startup-ns", total);
        c.put("interpreter-startup-max-ns", max);
        // serialized copies made in this JVM; a model whose workers are elsewhere reports theirs under the same names
        for (Map.Entry<String, Long> e : CopyCounters.snapshot().entrySet()) c.merge(e.getKey(), e.getValue(), Long::sum);
        c.put("channel-poll-sleeps", LocalChannelCore.pollSleeps());
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
                                     RunOutcome.Check verdict, List<String> errors, List<String> damage, long cpu, WorkerResult[] workers) {
        release(held);
        interp.flush();
        main.unbind();
        Heap.AuditReport audit = spec.audit() ? Heap.audit(interp.roots()) : null;
        interp.release();
        return new RunOutcome(info, size, spec.workers(), wall, cpu, List.copyOf(cpus), List.copyOf(reprs), verdict,
                List.copyOf(errors), List.copyOf(damage), false, audit, counters(model, workers), null);
    }
}
