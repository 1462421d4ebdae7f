package org.gillab.runtime;

import org.gillab.obj.PyDict;
import org.gillab.obj.PyModule;

/** Placeholder until the module is written. */
public final class ThreadingModule {
    private ThreadingModule() {}

    public static PyModule create() {
        return new PyModule("threading", new PyDict());
    }
}
