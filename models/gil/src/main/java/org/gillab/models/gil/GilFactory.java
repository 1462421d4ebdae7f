package org.gillab.models.gil;

import java.util.List;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOption;
import org.gillab.spi.ModelOptions;

/**
 * {@code gil}: CPython 3.2+'s global interpreter lock (Antoine Pitrou's design, {@code Python/ceval_gil.c}).
 * A waiter asks the holder to drop after a full switch interval without a switch; the holder drops at
 * its next eval-breaker check and, with forced switching, waits until another thread has taken it.
 */
public final class GilFactory implements ModelFactory {
    static final String INTERVAL = "interval";
    static final String FORCE_SWITCHING = "force-switching";

    @Override
    public String name() {
        return "gil";
    }

    @Override
    public String description() {
        return "CPython 3.2+'s GIL (ceval_gil.c): switch interval, drop requests, forced switching";
    }

    @Override
    public List<ModelOption> options() {
        return List.of(
                new ModelOption(INTERVAL, "5ms", "the switch interval (sys.setswitchinterval): how long a waiter waits before asking the holder to drop"),
                new ModelOption(FORCE_SWITCHING, "true", "a forced drop waits until another thread has taken the GIL (CPython's FORCE_SWITCHING)"));
    }

    @Override
    public ConcurrencyModel create(ModelOptions options) {
        GilSettings settings = new GilSettings(options.getDurationNanos(INTERVAL), options.getBoolean(FORCE_SWITCHING));
        return new GilModel(new Gil(settings));
    }
}
