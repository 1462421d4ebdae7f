package org.gillab.obj;

/**
 * A Python exception in flight through Java code. It owns one reference to {@link #value}; whoever
 * swallows it (an except handler, a loop that ends on StopIteration) takes or drops that reference.
 * No Java stack trace is captured: these are the program's errors, reported Python-style.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    @Override
    public String getMessage() {
        return value.type().name + ": " + value.str();
    }

    /** Whether the exception is an instance of {@code t} (or a subclass). */
    public boolean matches(PyType t) {
        return value.type().isSubtypeOf(t);
    }
}
