package org.gillab.obj;

/**
 * Argument checking for functions written in Java, with CPython's wording for arity errors.
 * {@code args} and {@code kwnames} follow {@link NativeFn}'s convention.
 */
public final class Args {
    private Args() {}

    public static int positional(PyObject[] args, String[] kwnames) {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }

    public static void noKeywords(String fn, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw Py.typeError(fn + "() takes no keyword arguments");
    }

    /** Exactly {@code n} positional arguments and no keywords. */
    public static void exact(String fn, PyObject[] args, String[] kwnames, int n) {
        noKeywords(fn, kwnames);
        if (args.length != n) {
            if (n == 0) throw Py.typeError(fn + "() takes no arguments (" + args.length + " given)");
            if (n == 1) throw Py.typeError(fn + "() takes exactly one argument (" + args.length + " given)");
            throw Py.typeError(fn + " expected " + n + " arguments, got " + args.length);
        }
    }

    /** Between {@code min} and {@code max} positional arguments and no keywords. */
    public static void between(String fn, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(fn, kwnames);
        if (args.length < min) {
            throw Py.typeError(fn + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + args.length);
        }
        if (args.length > max) {
            throw Py.typeError(fn + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + args.length);
        }
    }

    /**
     * Binds positional and keyword arguments to {@code names}; entries not given are null. The first
     * {@code required} names must be given. Names after {@code maxPositional} are keyword-only.
     */
    public static PyObject[] bind(String fn, PyObject[] args, String[] kwnames, String[] names, int required,
                                  int maxPositional) {
        PyObject[] out = new PyObject[names.length];
        int npos = positional(args, kwnames);
        if (npos > maxPositional) {
            throw Py.typeError(fn + "() takes at most " + maxPositional + " positional argument"
                    + (maxPositional == 1 ? "" : "s") + " (" + npos + " given)");
        }
        System.arraycopy(args, 0, out, 0, npos);
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                int slot = -1;
                for (int i = 0; i < names.length; i++) if (names[i].equals(kwnames[k])) slot = i;
                if (slot < 0) throw Py.typeError("'" + kwnames[k] + "' is an invalid keyword argument for " + fn + "()");
                if (out[slot] != null) {
                    throw Py.typeError("argument for " + fn + "() given by name ('" + kwnames[k] + "') and position (" + (slot + 1) + ")");
                }
                out[slot] = args[npos + k];
            }
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw Py.typeError(fn + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }
}
