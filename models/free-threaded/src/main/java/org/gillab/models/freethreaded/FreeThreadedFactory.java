package org.gillab.models.freethreaded;

import java.util.List;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOption;
import org.gillab.spi.ModelOptionException;
import org.gillab.spi.ModelOptions;

/**
 * {@code free-threaded}: PEP 703 (Sam Gross's nogil, CPython's free-threaded build). No global lock:
 * biased reference counting with merge queues, the shared objects set aside from counting when the
 * workers start, a lightweight lock per container with critical sections that suspend around
 * blocking, and lock-free optimistic reads of list and dict items.
 */
public final class FreeThreadedFactory implements ModelFactory {
    static final String COUNT_LOCAL_OPS = "count-local-ops";
    static final String OPTIMISTIC_READS = "optimistic-reads";
    static final String DEFER_AT_START = "defer-at-start";
    static final String SPINS = "spins";
    static final String BIASED = "biased";
    static final String RELEASE = "release";
    private static final int MAX_SPINS = 1_000_000;

    @Override
    public String name() {
        return "free-threaded";
    }

    @Override
    public String description() {
        return "PEP 703 free-threading: biased reference counts, per-object critical sections, optimistic reads, no GIL";
    }

    @Override
    public List<ModelOption> options() {
        return List.of(
                new ModelOption(COUNT_LOCAL_OPS, "false",
                        "also count the owner's local reference-count operations (local-refcount-ops); costs a store on the hottest path"),
                new ModelOption(OPTIMISTIC_READS, "true",
                        "read list and dict items without their lock (conditional incref, then re-check), as PEP 703 does"),
                new ModelOption(DEFER_AT_START, "true",
                        "when the workers start, set module-level functions, modules, their dicts and classes aside from "
                                + "shared counting, as the release option says"),
                new ModelOption(RELEASE, Release.NEWEST.label,
                        "the free-threaded CPython release whose treatment of those objects to follow: 3.13 makes them immortal "
                                + "when the first worker starts (gh-117783), 3.14 defers their counts (gh-118330)"),
                new ModelOption(SPINS, "40",
                        "how many times a thread retries a busy object lock before it parks"),
                new ModelOption(BIASED, "true",
                        "biased reference counting; false: the owner's count updates are atomic too (all-atomic counts, an ablation)"));
    }

    @Override
    public ConcurrencyModel create(ModelOptions options) {
        long spins = options.getLong(SPINS, 0);
        if (spins > MAX_SPINS) {
            throw new ModelOptionException("option " + SPINS + " of model " + name() + ": expected at most " + MAX_SPINS + ", got " + spins);
        }
        return new FreeThreadedModel(new FreeThreadedModel.Settings(
                options.getBoolean(COUNT_LOCAL_OPS),
                options.getBoolean(OPTIMISTIC_READS),
                options.getBoolean(DEFER_AT_START),
                (int) spins,
                options.getBoolean(BIASED),
                Release.parse(RELEASE, name(), options.get(RELEASE))));
    }
}
