package org.gillab.obj;

/** Placeholder: replaced by the real %-formatting and format-spec implementation. */
public final class Formatter {
    private Formatter() {}

    public static String percent(String format, PyObject args) {
        throw Py.notImplemented("%-formatting");
    }

    public static String formatSpec(PyObject value, String spec) {
        if (spec.isEmpty()) return value.str();
        throw Py.notImplemented("format specs");
    }
}
