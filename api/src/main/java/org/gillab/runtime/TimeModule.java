package org.gillab.runtime;

import org.gillab.obj.PyDict;
import org.gillab.obj.PyModule;

/** Placeholder until the module is written. */
public final class TimeModule {
    private TimeModule() {}

    public static PyModule create() {
        return new PyModule("time", new PyDict());
    }
}
