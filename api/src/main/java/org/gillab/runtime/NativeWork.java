package org.gillab.runtime;

import java.util.function.Supplier;

import org.gillab.vm.ThreadState;

/**
 * Long work done in Java on plain Java values (a digest, a deflate), run outside the model's lock
 * where CPython runs the same work between {@code Py_BEGIN_ALLOW_THREADS} and
 * {@code Py_END_ALLOW_THREADS}: through {@link ThreadState#beginNativeWork}, which is the blocking
 * hook ({@code beforeBlocking}/{@code afterBlocking}) for every model that does not say otherwise,
 * so a GIL model drops its lock here and another thread runs Python code while this one computes. The work must not touch a
 * Python object (no reference counts change while the lock is not held).
 */
final class NativeWork {
    private NativeWork() {}

    /** Runs {@code work} with the model's lock released. */
    static <T> T released(Supplier<T> work) {
        ThreadState.beginNativeWork();
        try {
            return work.get();
        } finally {
            ThreadState.endNativeWork();
        }
    }

    /** Runs {@code work} with the model's lock released when {@code release} is true, else holding it. */
    static <T> T releasedIf(boolean release, Supplier<T> work) {
        return release ? released(work) : work.get();
    }
}
