package org.gillab.models.finegrained;

import java.util.List;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOption;
import org.gillab.spi.ModelOptions;

/**
 * {@code fine-grained}: Greg Stein's free-threading patch (Python 1.4, 1996; re-issued 1999). No
 * global interpreter lock; instead every reference-count change takes one global mutex (or, as on
 * Windows, is an interlocked add) and every list and dict access holds that container's own mutex.
 */
public final class FineGrainedFactory implements ModelFactory {
    static final String NAME = "fine-grained";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Greg Stein's 1996 free-threading patch: no GIL, a global refcount mutex, a mutex per list and dict";
    }

    @Override
    public List<ModelOption> options() {
        return FineGrainedSettings.OPTIONS;
    }

    @Override
    public ConcurrencyModel create(ModelOptions options) {
        return new FineGrainedModel(FineGrainedSettings.from(options));
    }
}
