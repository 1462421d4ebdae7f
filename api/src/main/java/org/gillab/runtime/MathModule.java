package org.gillab.runtime;

import org.gillab.obj.PyDict;
import org.gillab.obj.PyModule;

/** Placeholder until the module is written. */
public final class MathModule {
    private MathModule() {}

    public static PyModule create() {
        return new PyModule("math", new PyDict());
    }
}
