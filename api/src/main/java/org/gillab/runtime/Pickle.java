package org.gillab.runtime;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.gillab.obj.Py;
import org.gillab.obj.PyObject;
import org.gillab.vm.ThreadState;

/**
 * A serialized copy of a value that cannot cross interpreters as itself: what Python 3.14's
 * {@code concurrent.interpreters} does with it ({@code _PyObject_GetXIData} with
 * {@code _PyXIDATA_FULL_FALLBACK} in {@code Python/crossinterp.c} falls back to
 * {@code _PyPickle_GetXIData}: the sender pickles, the receiver unpickles in its own interpreter).
 *
 * <p>The format is gillab's own, not pickle's bytes, but it keeps what pickle keeps: lists, dicts,
 * sets and tuples with whatever they hold; instances of classes defined at a module's top level, by
 * the class's module and name plus the instance's attribute dict (pickle's default
 * {@code object.__reduce_ex__(2)}, which calls no {@code __init__} when it rebuilds); exceptions as
 * class, {@code args} and dict ({@code BaseException.__reduce__}); classes and top-level functions by
 * reference; channels as the same channel (a {@code Queue}'s {@code __reduce__}). Within one message
 * an object met twice is written once and read back as one object (pickle's memo), so shared
 * references and cycles survive; across messages nothing is shared, so identity is never preserved.
 *
 * <p>What pickle refuses is refused, naming the type: functions defined inside functions, lambdas,
 * sockets, locks, generators, modules, iterators and anything else not listed. The receiving
 * interpreter must know the classes by the same module and name; every isolated worker runs the
 * workload module itself, so the workload's own classes are there.
 */
public final class Pickle {
    private Pickle() {}

    static final byte NONE = 0, TRUE = 1, FALSE = 2, INT = 3, BIG_INT = 4, FLOAT = 5, STR = 6, BYTES = 7,
            TUPLE = 8, TUPLE_NEW = 9, TUPLE_MEMO = 10, LIST = 11, DICT = 12, SET = 13, INSTANCE = 14,
            EXCEPTION = 15, GLOBAL = 16, MEMO = 17, CHANNEL = 18;
    static final byte UTF8 = 0, UTF16 = 1;

    /** Nesting deeper than this is refused, as pickle raises RecursionError. */
    static final int MAX_DEPTH = 1000;

    /**
     * A copy of {@code o} (a value of the calling thread's interpreter) as bytes; raises
     * NotShareableError naming the type that cannot be pickled.
     */
    static Shareable.Pickled dump(PyObject o) {
        long t0 = System.nanoTime();
        PickleWriter w = new PickleWriter(ThreadState.isBound() ? ThreadState.current().interp : null);
        Shareable.Pickled p;
        try {
            p = w.dump(o);
        } catch (PickleWriter.Unpicklable e) {
            throw Py.raise(Shareable.NOT_SHAREABLE, "'" + o.type().name + "' object cannot be shared between interpreters: "
                    + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        CopyCounters.pickled(p.data().length, System.nanoTime() - t0);
        return p;
    }

    /** A new object (a new reference) in the calling thread's interpreter, equal to what was pickled. */
    static PyObject load(Shareable.Pickled p) {
        long t0 = System.nanoTime();
        PickleReader r = new PickleReader(new DataInputStream(new ByteArrayInputStream(p.data())), p.channels(),
                ThreadState.current().interp);
        try {
            return r.load();
        } catch (IOException e) {
            throw new IllegalStateException("a serialized copy that cannot be read back: " + e.getMessage(), e);
        } finally {
            CopyCounters.unpickled(System.nanoTime() - t0);
        }
    }

    /** Whether every surrogate in {@code s} is half of a pair, so that UTF-8 round-trips it. */
    static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) continue;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }
}
