package org.gillab.models.freethreaded;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;

/** PLACEHOLDER: replaced by the real model. */
public final class FreeThreadedFactory implements ModelFactory {
    @Override public String name() { return "free-threaded"; }
    @Override public String description() { return "placeholder"; }
    @Override public ConcurrencyModel create(ModelOptions options) { throw new UnsupportedOperationException(); }
}
