package org.gillab.workload;

import java.util.ArrayList;
import java.util.List;

import org.gillab.compile.Code;
import org.gillab.obj.PyException;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.runtime.Shareable;
import org.gillab.spi.Rc;
import org.gillab.vm.Interpreter;
import org.gillab.vm.ThreadState;
import org.gillab.vm.WorkerAbandoned;

/**
 * One isolated worker's life, run on the calling thread (a {@link org.gillab.vm.PyThread}): make an
 * interpreter, compile and run the module in it, say ready, wait for the start, call {@code work},
 * copy its result out, release every object the interpreter made. Every {@link WorkerHost} runs this,
 * wherever its thread is: a plain thread, an actor's, a child process's main thread.
 */
public final class IsolatedWorker {
    private final WorkerTask task;
    private final Interpreter interp;
    private final ThreadState ts;

    public IsolatedWorker(WorkerTask task) {
        this.task = task;
        this.interp = new Interpreter(task.out());
        this.ts = new ThreadState(interp, task.part() + 1, task.hooks());
    }

    /** Tells the worker to stop at its next safe point (a worker past the timeout). */
    public void abandon() {
        ts.abandon();
    }

    /** Runs the worker to the end; never throws for anything the workload does. */
    public WorkerResult run() {
        List<String> errors = new ArrayList<>(), damage = new ArrayList<>();
        long t0 = System.nanoTime(), startup = 0, cpu = 0;
        Shareable result = null;
        boolean counted = false;
        int part = task.part();
        try {
            ts.bind();
            try {
                // PEP 734: every interpreter compiles and runs the module itself; nothing, not even a
                // code object and its inline caches, is shared with another interpreter
                Code own = interp.compile(task.source());
                PyModule module = interp.newModule(task.moduleName());
                interp.execModule(own, module);
                WorkloadModule wm = WorkloadModule.of(module, task.source(), task.moduleName());
                startup = System.nanoTime() - t0;
                task.ready().countDown();
                counted = true;
                ThreadState.beginBlocking();
                try {
                    task.go().await();
                } finally {
                    ThreadState.endBlocking();
                }
                long cpu0 = WorkloadRunner.THREADS.getCurrentThreadCpuTime();
                PyObject[] args = {PyInt.of(part), PyInt.of(task.parts()), PyInt.of(task.size()), task.shared().toPython()};
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
            if (!counted) task.ready().countDown();
        }
        return new WorkerResult(result, errors, damage, cpu, startup, System.nanoTime());
    }
}
