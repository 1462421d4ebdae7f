package org.gillab.models.freethreaded;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.gillab.spi.ModelOptionException;

/**
 * Which free-threaded CPython release the model's treatment of the shared module-level objects follows
 * (option {@code release}). The two releases agree on which objects those are and differ in what is
 * done with them:
 * <ul>
 *   <li>{@link #V3_13}: the first time a second thread starts they are made immortal, for good
 *       (gh-117783; 3.13's {@code _PyGC_ImmortalizeDeferredObjects} in Python/gc_free_threading.c);</li>
 *   <li>{@link #V3_14}: deferred reference counting (gh-118330): no shared count is written for
 *       them, and the collector, not a decrement, finds when they are garbage.</li>
 * </ul>
 */
enum Release {
    V3_13("3.13"),
    V3_14("3.14");

    static final Release NEWEST = V3_14;

    final String label;

    Release(String label) {
        this.label = label;
    }

    static Release parse(String option, String model, String value) {
        for (Release r : values()) if (r.label.equals(value)) return r;
        throw new ModelOptionException("option " + option + " of model " + model + ": expected one of "
                + Arrays.stream(values()).map(r -> r.label).collect(Collectors.joining(", ")) + ", got '" + value + "'");
    }
}
