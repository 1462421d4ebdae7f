package org.gillab.runtime;

import org.gillab.obj.PyDict;
import org.gillab.obj.PyModule;

/** Placeholder until the module is written. */
public final class RandomModule {
    private RandomModule() {}

    public static PyModule create() {
        return new PyModule("random", new PyDict());
    }
}
