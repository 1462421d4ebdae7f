package org.gillab.models.gil;

import java.util.Map;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ThreadHooks;

/** One run under the GIL: plain reference counts and no container locks, since the GIL serializes both. */
final class GilModel implements ConcurrencyModel {
    private final Gil gil;
    private final GilHooks hooks;

    GilModel(Gil gil) {
        this.gil = gil;
        this.hooks = new GilHooks(gil);
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
