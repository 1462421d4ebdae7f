package org.gillab.examples.fifogil;

import java.util.List;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOption;
import org.gillab.spi.ModelOptions;

/**
 * {@code fifo-gil}: a GIL that is handed over in strict arrival order. The worked example of
 * {@code docs/adding-a-model.md}; {@code models/gil} is the one that follows CPython.
 */
public final class FifoGilFactory implements ModelFactory {
    /** Named as {@code gil}'s is, so that {@code gillab run --switch-interval} sets it too. */
    static final String INTERVAL = "interval";

    @Override
    public String name() {
        return "fifo-gil";
    }

    @Override
    public String description() {
        return "a GIL handed over in strict arrival order (the example plugin of docs/adding-a-model.md)";
    }

    @Override
    public List<ModelOption> options() {
        return List.of(new ModelOption(INTERVAL, "5ms", "how long a waiter waits before asking the holder to hand over at its next safe point"));
    }

    /** A fresh lock per run; {@code getDurationNanos} rejects a bad value with a message naming the option. */
    @Override
    public ConcurrencyModel create(ModelOptions options) {
        return new FifoGilModel(new FifoGil(options.getDurationNanos(INTERVAL)));
    }
}
