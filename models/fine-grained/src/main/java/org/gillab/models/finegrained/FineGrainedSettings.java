package org.gillab.models.finegrained;

import java.util.List;

import org.gillab.spi.ModelOption;
import org.gillab.spi.ModelOptionException;
import org.gillab.spi.ModelOptions;

/**
 * The two variants of the patch and one departure from it, as a run chose them.
 *
 * @param atomicRefcounts the Windows build's interlocked increments instead of the Linux build's
 *                        global reference-count mutex
 * @param skipImmortals   leave immortal objects (PEP 683, which the 1996 patch predates) out of the
 *                        reference-count lock; false makes every incref of {@code None} pay as in 1996
 */
record FineGrainedSettings(boolean atomicRefcounts, boolean skipImmortals) {
    static final String REFCOUNT = "refcount";
    static final String IMMORTALS = "immortals";

    static final List<ModelOption> OPTIONS = List.of(
            new ModelOption(REFCOUNT, "mutex",
                    "mutex: one global lock around every incref/decref (the patch on Linux); "
                            + "atomic: interlocked add/subtract (the patch on Windows)"),
            new ModelOption(IMMORTALS, "true",
                    "true: immortal objects (None, small ints, constants) skip the refcount lock; "
                            + "false: they take it as every object did in 1996, their count still unchanged"));

    static FineGrainedSettings from(ModelOptions options) {
        String mode = options.get(REFCOUNT).trim();
        boolean atomic;
        if (mode.equalsIgnoreCase("mutex")) {
            atomic = false;
        } else if (mode.equalsIgnoreCase("atomic")) {
            atomic = true;
        } else {
            throw new ModelOptionException("option " + REFCOUNT + " of model " + FineGrainedFactory.NAME
                    + ": expected mutex or atomic, got '" + mode + "'");
        }
        return new FineGrainedSettings(atomic, options.getBoolean(IMMORTALS));
    }
}
