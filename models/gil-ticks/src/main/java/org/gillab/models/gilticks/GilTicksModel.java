package org.gillab.models.gilticks;

import java.util.Map;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ThreadHooks;

/** One run under the old GIL: plain reference counts and no container locks, since the lock serializes both. */
final class GilTicksModel implements ConcurrencyModel {
    private final InterpreterLock lock;
    private final TickHooks hooks;

    GilTicksModel(InterpreterLock lock, int checkInterval) {
        this.lock = lock;
        this.hooks = new TickHooks(lock, checkInterval);
    }

    @Override
    public ThreadHooks threadHooks() {
        return hooks;
    }

    @Override
    public Map<String, Long> counters() {
        return lock.counters();
    }
}
