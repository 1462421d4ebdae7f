package org.gillab.models.freethreaded;

import java.util.concurrent.atomic.AtomicInteger;

import org.gillab.spi.ThreadHooks;
import org.gillab.vm.ThreadState;

/**
 * Thread attach and detach, the eval breaker and blocking calls. There is no global lock to take:
 * attach opens the thread's merge queue, the eval breaker is only ever set to ask a thread to merge
 * what other threads queued to it (CPython's {@code _PY_EVAL_EXPLICIT_MERGE_BIT}), and a blocking
 * call suspends the thread's critical sections.
 */
final class FreeThreadedHooks implements ThreadHooks {
    private final Counters counters;
    private final OwnerQueues queues;
    private final DeferredObjects deferred;
    private final int spins;
    private final AtomicInteger attached = new AtomicInteger();

    FreeThreadedHooks(Counters counters, OwnerQueues queues, DeferredObjects deferred, int spins) {
        this.counters = counters;
        this.queues = queues;
        this.deferred = deferred;
        this.spins = spins;
    }

    @Override
    public void attach(ThreadState ts) {
        ThreadData td = new ThreadData();
        ts.modelData = td;
        deferred.attach(td);
        counters.clearThread();
        queues.open(ts);
        attached.incrementAndGet();
    }

    @Override
    public void detach(ThreadState ts) {
        ThreadData td = (ThreadData) ts.modelData;
        queues.close();
        td.sections.releaseAll();
        counters.collectThread(td.sections);
        deferred.flush(td);
        if (attached.decrementAndGet() == 0) deferred.restore(); // every thread's changes are in the table now
    }

    @Override
    public void onEvalBreaker(ThreadState ts) {
        ts.clearBreaker(OwnerQueues.MERGE_REQUEST); // cleared first: an object queued while merging sets it again
        queues.drain();
    }

    @Override
    public void beforeBlocking(ThreadState ts) {
        if (ts.modelData instanceof ThreadData td) td.sections.suspendAll();
    }

    @Override
    public void afterBlocking(ThreadState ts) {
        if (ts.modelData instanceof ThreadData td) td.sections.resumeTop(Thread.currentThread(), spins);
    }
}
