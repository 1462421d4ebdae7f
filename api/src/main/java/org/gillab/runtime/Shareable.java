package org.gillab.runtime;

import java.math.BigInteger;
import java.util.List;

import org.gillab.obj.ExcTypes;
import org.gillab.obj.Py;
import org.gillab.obj.PyBool;
import org.gillab.obj.PyBytes;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyStr;
import org.gillab.obj.PyTuple;
import org.gillab.obj.PyType;
import org.gillab.spi.Rc;

/**
 * A value that can cross from one interpreter to another, held as plain Java data that belongs to no
 * interpreter. None, bool, int, float, str, bytes and tuples cross as themselves (the types PEP 734's
 * {@code concurrent.interpreters} shares without pickle), channels as the same channel on both sides;
 * anything else crosses as a serialized copy ({@link Pickled}), as Python 3.14 falls back to pickle
 * ({@code _PyObject_GetXIData} with {@code _PyXIDATA_FULL_FALLBACK}). A tuple's items fall back one by
 * one, as 3.14's tuple sharing does, so a list in a tuple is pickled alone. {@link #of} copies a Python
 * value out of its interpreter; {@link #toPython} makes a fresh Python value in the interpreter of the
 * calling thread. What pickle cannot copy either (a lock, a socket, a function defined in a function)
 * is refused with a {@code NotShareableError} that names the type.
 */
public sealed interface Shareable {
    /** {@code channels.NotShareableError}: a value of this type cannot cross interpreters. */
    PyType NOT_SHAREABLE = notShareableType();

    private static PyType notShareableType() {
        PyType t = PyType.builtin("NotShareableError", ExcTypes.TypeError, PyType.Layout.EXCEPTION);
        t.module = "channels";
        return t;
    }

    /** A new Python object (a new reference) equal to the value that was shared. */
    PyObject toPython();

    record None() implements Shareable {
        public PyObject toPython() { return Rc.newRef(Py.None); }
    }

    record Bool(boolean value) implements Shareable {
        public PyObject toPython() { return Rc.newRef(Py.bool(value)); }
    }

    record Int(long value, BigInteger big) implements Shareable {
        public PyObject toPython() { return big == null ? PyInt.of(value) : PyInt.of(big); }
    }

    record Float(double value) implements Shareable {
        public PyObject toPython() { return new PyFloat(value); }
    }

    record Str(String value) implements Shareable {
        public PyObject toPython() { return PyStr.of(value); }
    }

    record Bytes(byte[] value) implements Shareable {
        public PyObject toPython() { return new PyBytes(value.clone()); }
    }

    record Tuple(List<Shareable> items) implements Shareable {
        public PyObject toPython() {
            PyObject[] out = new PyObject[items.size()];
            for (int i = 0; i < out.length; i++) out[i] = items.get(i).toPython();
            return new PyTuple(out);
        }
    }

    /** A channel: both interpreters get a handle on the same queue, which carries copies. */
    record Channel(ChannelCore core) implements Shareable {
        public PyObject toPython() { return new ChannelsModule.PyChannel(core); }
    }

    /**
     * A serialized copy ({@link Pickle}): {@code type} is the name of the value's type, {@code data} its
     * bytes, {@code channels} the channels it holds (which cross as themselves, as a pickled
     * {@code Queue} is the same queue once unpickled).
     */
    record Pickled(String type, byte[] data, List<ChannelCore> channels) implements Shareable {
        public PyObject toPython() { return Pickle.load(this); }
    }

    /** A copy of {@code o} that no interpreter owns; raises NotShareableError naming what cannot be copied. */
    static Shareable of(PyObject o) {
        if (o == Py.None) return new None();
        if (o instanceof PyBool b) return new Bool(b == PyBool.TRUE);
        if (o.getClass() == PyInt.class) {
            PyInt i = (PyInt) o;
            return new Int(i.value, i.big);
        }
        if (o.getClass() == PyFloat.class) return new Float(((PyFloat) o).value);
        if (o.getClass() == PyStr.class) return new Str(((PyStr) o).value);
        if (o.getClass() == PyBytes.class) return new Bytes(((PyBytes) o).value.clone());
        if (o.getClass() == PyTuple.class) {
            PyObject[] items = ((PyTuple) o).array();
            Shareable[] out = new Shareable[items.length];
            for (int i = 0; i < items.length; i++) out[i] = of(items[i]);
            return new Tuple(List.of(out));
        }
        if (o instanceof ChannelsModule.PyChannel c) return new Channel(c.core);
        return Pickle.dump(o);
    }
}
