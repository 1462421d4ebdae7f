package org.gillab.examples.fifogil;

import java.util.Map;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ThreadHooks;

/**
 * One run under the FIFO GIL. Only the thread hooks change: reference counts stay plain and containers
 * take no locks (the defaults), because only the thread holding the lock ever touches the heap.
 */
final class FifoGilModel implements ConcurrencyModel {
    private final FifoGil gil;
    private final ThreadHooks hooks;

    FifoGilModel(FifoGil gil) {
        this.gil = gil;
        this.hooks = new FifoGilHooks(gil);
    }

    @Override
    public ThreadHooks threadHooks() {
        return hooks;
    }

    @Override
    public Map<String, Long> counters() {
        return gil.counters();
    }
}
