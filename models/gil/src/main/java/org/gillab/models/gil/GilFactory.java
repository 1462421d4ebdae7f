package org.gillab.models.gil;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;

/** PLACEHOLDER: replaced by the real model. */
public final class GilFactory implements ModelFactory {
    @Override public String name() { return "gil"; }
    @Override public String description() { return "placeholder"; }
    @Override public ConcurrencyModel create(ModelOptions options) { throw new UnsupportedOperationException(); }
}
