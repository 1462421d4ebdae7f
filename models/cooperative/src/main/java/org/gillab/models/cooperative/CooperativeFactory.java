package org.gillab.models.cooperative;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;

/**
 * {@code cooperative}: many tasks, one running at a time, switching only where a task blocks (a sleep,
 * socket I/O, a lock or channel wait) or ends, as asyncio's tasks switch only at {@code await}. An
 * event loop on a Project Reactor single-thread scheduler decides which ready task runs next.
 */
public final class CooperativeFactory implements ModelFactory {
    @Override
    public String name() {
        return "cooperative";
    }

    @Override
    public String description() {
        return "asyncio-like: one task runs at a time and switches only at blocking points; an event loop on a Reactor scheduler";
    }

    @Override
    public ConcurrencyModel create(ModelOptions options) {
        return new CooperativeModel();
    }
}
