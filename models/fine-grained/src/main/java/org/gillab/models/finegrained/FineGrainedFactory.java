package org.gillab.models.finegrained;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;

/** PLACEHOLDER: replaced by the real model. */
public final class FineGrainedFactory implements ModelFactory {
    @Override public String name() { return "fine-grained"; }
    @Override public String description() { return "placeholder"; }
    @Override public ConcurrencyModel create(ModelOptions options) { throw new UnsupportedOperationException(); }
}
