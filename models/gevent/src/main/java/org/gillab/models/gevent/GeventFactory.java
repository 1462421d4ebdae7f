package org.gillab.models.gevent;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;

/**
 * {@code gevent}: the workers are greenlets of one interpreter; one runs at a time and switches
 * wherever it would block (a sleep, socket I/O, a lock or channel wait), because gevent's
 * monkey-patching turns those calls into switches to its hub. A hub on a Project Reactor
 * single-thread scheduler decides which ready greenlet runs next.
 */
public final class GeventFactory implements ModelFactory {
    @Override
    public String name() {
        return "gevent";
    }

    @Override
    public String description() {
        return "gevent-like: greenlets, one at a time, switching at every blocking call (monkey-patched); a hub on a Reactor scheduler";
    }

    @Override
    public ConcurrencyModel create(ModelOptions options) {
        return new GeventModel();
    }
}
