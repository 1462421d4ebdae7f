package org.gillab.models.freethreaded;

import java.util.Map;

import org.gillab.obj.PyObject;
import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ContainerLocking;
import org.gillab.spi.Rc;
import org.gillab.spi.RefCounting;
import org.gillab.spi.ThreadHooks;
import org.gillab.vm.Interpreter;
import org.gillab.vm.ThreadState;

/** One run of the free-threaded model: biased counts, deferred shared objects, per-object critical sections. */
final class FreeThreadedModel implements ConcurrencyModel {
    private final Counters counters;
    private final OwnerQueues queues;
    private final DeferredObjects deferred;
    private final RefCounting refCounting;
    private final ContainerLocking locking;
    private final ThreadHooks hooks;
    private final boolean deferAtStart;
    private final Release release;
    private boolean started;

    FreeThreadedModel(Settings settings) {
        counters = new Counters(settings.countLocalOps());
        queues = new OwnerQueues(counters);
        deferred = new DeferredObjects(counters);
        Brc brc = new Brc(counters, queues, deferred);
        refCounting = !settings.biased() ? new AtomicLocalRefCounting(brc)
                : settings.countLocalOps() ? new CountingBiasedRefCounting(brc) : new BiasedRefCounting(brc);
        int spins = settings.spins();
        locking = settings.optimisticReads() ? new OptimisticCriticalSections(spins) : new CriticalSections(spins);
        hooks = new org.gillab.spi.StopTheWorldHooks(new FreeThreadedHooks(counters, queues, deferred, spins)); // the collector stops the world
        deferAtStart = settings.deferAtStart();
        release = settings.release();
    }

    /**
     * The model's settings, checked.
     *
     * @param biased false: the owner's count updates are atomic as well (the ablation of biased counting)
     * @param release what is done with the shared module-level objects when the workers start
     */
    record Settings(boolean countLocalOps, boolean optimisticReads, boolean deferAtStart, int spins, boolean biased,
                    Release release) {}

    @Override
    public RefCounting refCounting() {
        return refCounting;
    }

    @Override
    public ContainerLocking containerLocking() {
        return locking;
    }

    @Override
    public ThreadHooks threadHooks() {
        return hooks;
    }

    /**
     * The first time workers start (a second thread, in CPython's terms), the shared objects are set
     * aside: made immortal (3.13, as {@code _PyGC_ImmortalizeDeferredObjects} runs when the first
     * thread state after the main one is created) or deferred (3.14, where they are deferred from
     * creation; "first seen" here, before any worker can count them).
     */
    @Override
    public void beforeWorkers(Interpreter interp) {
        if (started) return;
        started = true;
        if (!deferAtStart) return;
        if (ThreadState.isBound()) queues.drain(); // a queued object must be merged before its count is taken
        if (release == Release.V3_13) counters.immortalized(DeferAtStart.run(interp, FreeThreadedModel::immortalize));
        else counters.deferredObjects(DeferAtStart.run(interp, deferred::defer));
    }

    /** 3.13's {@code _Py_SetImmortal} on a would-be-deferred object; false if it is immortal or dead already. */
    private static boolean immortalize(PyObject o) {
        int c = o.refcnt;
        if (c >= Rc.IMMORTAL || c <= Rc.DEAD_THRESHOLD || c == SharedCount.DEFERRED) return false;
        Rc.immortalizeAtRuntime(o);
        return true;
    }

    @Override
    public Map<String, Long> counters() {
        return counters.snapshot();
    }
}
