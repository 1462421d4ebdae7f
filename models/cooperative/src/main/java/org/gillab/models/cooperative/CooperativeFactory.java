package org.gillab.models.cooperative;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;

/**
 * {@code cooperative}: asyncio's rules. Many tasks, one running at a time; only {@code await} switches
 * (async workloads run as tasks of gillab's asyncio loop), and a blocking call blocks the loop. The
 * runner's worker threads take turns through an event loop on a Project Reactor single-thread
 * scheduler, each running to its end (gevent's switch-at-every-blocking-call is the gevent model).
 */
public final class CooperativeFactory implements ModelFactory {
    @Override
    public String name() {
        return "cooperative";
    }

    @Override
    public String description() {
        return "asyncio's rules: one task at a time, only await switches, a blocking call blocks the loop; tasks handed on by a Reactor scheduler";
    }

    @Override
    public ConcurrencyModel create(ModelOptions options) {
        return new CooperativeModel();
    }
}
