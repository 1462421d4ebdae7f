package org.gillab.models.finegrained;

import org.gillab.spi.ThreadHooks;
import org.gillab.vm.ThreadState;

/**
 * The patch has no interpreter lock, so threads need nothing on attach, at the eval breaker or
 * around blocking calls; the only thread hook is handing in a thread's container-lock counts when
 * it stops running Python code.
 */
final class CounterCollectingHooks implements ThreadHooks {
    private final ContainerCounters counters;

    CounterCollectingHooks(ContainerCounters counters) {
        this.counters = counters;
    }

    @Override
    public void detach(ThreadState ts) {
        counters.collectCallingThread();
    }
}
