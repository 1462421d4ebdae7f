package org.gillab.models.finegrained;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ContainerLocking;
import org.gillab.spi.RefCounting;
import org.gillab.spi.StopTheWorldHooks;
import org.gillab.spi.ThreadHooks;

/**
 * One run under the free-threading patch: no interpreter lock, reference counts behind one global
 * mutex (or interlocked), and a mutex per container.
 */
final class FineGrainedModel implements ConcurrencyModel {
    private final CountedRefCounting refCounting;
    private final ContainerCounters containerCounters = new ContainerCounters();
    private final PerContainerLocking containerLocking = new PerContainerLocking(containerCounters);
    private final CounterCollectingHooks hooks = new CounterCollectingHooks(containerCounters);
    /** Threads run in parallel: the cycle collector stops them all. */
    private final ThreadHooks stopTheWorld = new StopTheWorldHooks(hooks);

    FineGrainedModel(FineGrainedSettings settings) {
        this.refCounting = settings.atomicRefcounts()
                ? new InterlockedRefCounting(settings.skipImmortals())
                : new GlobalMutexRefCounting(settings.skipImmortals());
    }

    @Override
    public RefCounting refCounting() {
        return refCounting;
    }

    @Override
    public ContainerLocking containerLocking() {
        return containerLocking;
    }

    @Override
    public ThreadHooks threadHooks() {
        return stopTheWorld;
    }

    @Override
    public Map<String, Long> counters() {
        // the main thread tears the interpreter down after it has detached: count that too
        containerCounters.collectCallingThread();
        LockStats rc = refCounting.lockStats();
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("refcount-lock-acquisitions", rc.acquisitions());
        m.put("refcount-lock-contended", rc.contended());
        m.put("refcount-lock-wait-ns", rc.waitNs());
        m.put("container-lock-acquisitions", containerCounters.total(ContainerCounters.ACQUISITIONS));
        m.put("container-lock-contended", containerCounters.total(ContainerCounters.CONTENDED));
        m.put("container-lock-wait-ns", containerCounters.total(ContainerCounters.WAIT_NS));
        m.put("container-locks-created", containerCounters.total(ContainerCounters.CREATED));
        return m;
    }
}
