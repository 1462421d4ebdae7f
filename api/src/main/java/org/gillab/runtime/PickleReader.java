package org.gillab.runtime;

import java.io.DataInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gillab.obj.ExcTypes;
import org.gillab.obj.Py;
import org.gillab.obj.PyBaseException;
import org.gillab.obj.PyBytes;
import org.gillab.obj.PyDict;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInstance;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyList;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PySet;
import org.gillab.obj.PyStr;
import org.gillab.obj.PyTuple;
import org.gillab.obj.PyType;
import org.gillab.spi.Rc;
import org.gillab.vm.Interpreter;

import static org.gillab.runtime.Pickle.*;

/**
 * Rebuilds a {@link Pickle}d value in the receiving interpreter (the calling thread's). Numbers the
 * objects it makes at the same points the writer numbered them, so that a memo reference finds the
 * same object (shared references and cycles come back as such).
 *
 * <p>Reference counts: every object this reader makes or looks up is held once by {@link #made} while
 * it works; putting an object in a container takes the container's own reference. At the end the
 * result gets one reference for the caller and {@link #made} lets go of all of its, so what is left is
 * exactly what the containers hold, and after a failure nothing is left at all.
 */
final class PickleReader {
    private final DataInputStream in;
    private final List<ChannelCore> channels;
    private final Interpreter interp;
    private final List<PyObject> memo = new ArrayList<>();
    private final List<PyObject> made = new ArrayList<>();
    private int depth;

    PickleReader(DataInputStream in, List<ChannelCore> channels, Interpreter interp) {
        this.in = in;
        this.channels = channels;
        this.interp = interp;
    }

    PyObject load() throws IOException {
        try {
            PyObject result = read();
            Rc.incref(result);
            return result;
        } finally {
            for (PyObject o : made) Rc.decref(o);
            made.clear();
        }
    }

    /** The next value: a borrowed reference, which {@link #made} holds. */
    private PyObject read() throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case NONE: return hold(Rc.newRef(Py.None));
            case TRUE: return hold(Rc.newRef(Py.bool(true)));
            case FALSE: return hold(Rc.newRef(Py.bool(false)));
            case INT: return hold(PyInt.of(in.readLong()));
            case BIG_INT: return hold(PyInt.of(new BigInteger(readBytes())));
            case FLOAT: return hold(new PyFloat(Double.longBitsToDouble(in.readLong())));
            case STR: return hold(PyStr.of(readString()));
            case BYTES: return hold(new PyBytes(readBytes()));
            case MEMO: return memo.get(in.readInt());
            default: break;
        }
        if (++depth > MAX_DEPTH) throw Py.raise(ExcTypes.RecursionError, "maximum recursion depth exceeded while unpickling");
        try {
            return readObject(tag);
        } finally {
            depth--;
        }
    }

    private PyObject readObject(byte tag) throws IOException {
        switch (tag) {
            case TUPLE: {
                PyObject[] items = new PyObject[in.readInt()];
                for (int i = 0; i < items.length; i++) items[i] = read();
                byte end = in.readByte();
                if (end == TUPLE_MEMO) return memo.get(in.readInt()); // the items were the tuple's, already read
                if (end != TUPLE_NEW) throw new IOException("unknown tuple end " + end);
                for (PyObject o : items) Rc.incref(o);
                return remember(hold(items.length == 0 ? Rc.newRef(PyTuple.EMPTY) : new PyTuple(items)));
            }
            case LIST: {
                PyList l = remember(hold(new PyList()));
                for (int i = in.readInt(); i > 0; i--) l.append(read());
                return l;
            }
            case DICT: {
                PyDict d = remember(hold(new PyDict()));
                readEntries(d);
                return d;
            }
            case SET: {
                PySet s = remember(hold(new PySet()));
                for (int i = in.readInt(); i > 0; i--) s.add(read());
                return s;
            }
            case CHANNEL:
                return remember(hold(new ChannelsModule.PyChannel(channels.get(in.readInt()))));
            case GLOBAL:
                return remember(hold(Rc.newRef(global(readString(), readString()))));
            case EXCEPTION: {
                PyType cls = classOf(read(), PyType.Layout.EXCEPTION);
                PyBaseException e = remember(hold(new PyBaseException(cls)));
                PyObject args = read();
                if (!(args instanceof PyTuple t)) throw new IOException("exception arguments that are not a tuple");
                e.args = (PyTuple) Rc.newRef(t);
                readEntries(e.dict);
                return e;
            }
            case INSTANCE: {
                PyType cls = classOf(read(), PyType.Layout.OBJECT);
                PyInstance i = remember(hold(new PyInstance(cls)));
                readEntries(i.dict);
                return i;
            }
            default:
                throw new IOException("unknown tag " + tag);
        }
    }

    private void readEntries(PyDict d) throws IOException {
        for (int i = in.readInt(); i > 0; i--) {
            PyObject k = read();
            d.setItem(k, read());
        }
    }

    private static PyType classOf(PyObject o, PyType.Layout layout) {
        if (o instanceof PyType t && t.layout == layout) return t;
        throw Py.typeError("unpickling: " + o.repr() + " is not a class of the kind that was pickled");
    }

    /**
     * {@code module.name} in this interpreter (borrowed), as pickle's {@code find_class}; an
     * AttributeError naming both if this interpreter has no such thing.
     */
    private PyObject global(String module, String name) {
        PyObject found;
        if (module.equals("builtins")) {
            found = interp.builtins.getStr(name);
        } else {
            PyModule m = interp.module(module);
            found = m == null ? null : m.dict.getStr(name);
        }
        if (found == null) {
            throw Py.raise(ExcTypes.AttributeError, "Can't get attribute '" + name + "' on <module '" + module
                    + "'> in the receiving interpreter");
        }
        return found;
    }

    private <T extends PyObject> T hold(T o) {
        made.add(o);
        return o;
    }

    private <T extends PyObject> T remember(T o) {
        memo.add(o);
        return o;
    }

    private String readString() throws IOException {
        byte form = in.readByte();
        if (form == UTF8) return new String(readBytes(), StandardCharsets.UTF_8);
        char[] cs = new char[in.readInt()];
        for (int i = 0; i < cs.length; i++) cs[i] = in.readChar();
        return new String(cs);
    }

    private byte[] readBytes() throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }
}
