package org.gillab.runtime;

import org.gillab.obj.NativeFn;
import org.gillab.obj.PyDict;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyNativeFunction;
import org.gillab.obj.PyObject;
import org.gillab.spi.Rc;

/**
 * Builds a built-in module's namespace. Functions are immortal (so a module made per interpreter
 * never shows them as leaks); values are ordinary objects the module's dict owns; the dict and the
 * module itself stay ordinary objects.
 */
final class ModuleBuilder {
    private final String name;
    private final PyDict dict = new PyDict();

    ModuleBuilder(String name) {
        this.name = name;
    }

    /** Adds a function {@code name}. */
    ModuleBuilder fn(String fnName, NativeFn fn) {
        dict.setStr(fnName, Rc.immortal(new PyNativeFunction(fnName, fn)));
        return this;
    }

    /** Adds a value, taking over the caller's reference to it. */
    ModuleBuilder valueOwned(String valueName, PyObject value) {
        dict.setStr(valueName, value);
        Rc.decref(value);
        return this;
    }

    /** Adds a borrowed value (a type, a singleton). */
    ModuleBuilder value(String valueName, PyObject value) {
        dict.setStr(valueName, value);
        return this;
    }

    PyModule build() {
        return new PyModule(name, dict);
    }
}
