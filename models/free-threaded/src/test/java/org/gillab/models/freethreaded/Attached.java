package org.gillab.models.freethreaded;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.gillab.vm.Interpreter;
import org.gillab.vm.PyThread;
import org.gillab.vm.ThreadState;

/** A thread attached to the installed model that runs the tasks it is given, one at a time, in order. */
final class Attached implements AutoCloseable {
    private static final FutureTask<Void> STOP = new FutureTask<>(() -> null);

    private final BlockingQueue<FutureTask<?>> tasks = new LinkedBlockingQueue<>();
    private final PyThread thread;
    private volatile ThreadState state;

    Attached(Interpreter interp, int index) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        thread = new PyThread(() -> {
            ThreadState ts = new ThreadState(interp, index);
            ts.bind();
            state = ts;
            ready.countDown();
            try {
                for (FutureTask<?> t = take(); t != STOP; t = take()) t.run();
            } finally {
                ts.unbind();
            }
        }, "free-threaded-test-" + index);
        thread.setDaemon(true);
        thread.start();
        ready.await();
    }

    private FutureTask<?> take() {
        try {
            return tasks.take();
        } catch (InterruptedException e) {
            return STOP;
        }
    }

    ThreadState state() {
        return state;
    }

    Thread thread() {
        return thread;
    }

    <T> Future<T> submit(Callable<T> c) {
        FutureTask<T> f = new FutureTask<>(c);
        tasks.add(f);
        return f;
    }

    <T> T call(Callable<T> c) {
        return await(submit(c));
    }

    void run(Runnable r) {
        call(() -> {
            r.run();
            return null;
        });
    }

    /** The thread's safe point: what the interpreter does when it finds the eval breaker set. */
    void safePoint() {
        run(() -> {
            ThreadState ts = ThreadState.current();
            if (ts.evalBreaker != 0) ts.hooks.onEvalBreaker(ts);
        });
    }

    static <T> T await(Future<T> f) {
        try {
            return f.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("task did not finish", e);
        }
    }

    /** Detaches and ends the thread. */
    @Override
    public void close() throws InterruptedException {
        tasks.add(STOP);
        thread.join(20_000);
    }
}
