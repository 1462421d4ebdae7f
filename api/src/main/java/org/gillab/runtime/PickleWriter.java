package org.gillab.runtime;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.obj.Py;
import org.gillab.obj.PyBaseException;
import org.gillab.obj.PyBool;
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
import org.gillab.vm.PyFunction;

import static org.gillab.runtime.Pickle.*;

/**
 * Writes one value of the sender's interpreter as {@link Pickle}'s bytes. Reads the objects only (the
 * sender's interpreter is held by this thread, so nothing changes them meanwhile).
 *
 * <p>The memo works as pickle's: a mutable container or an instance is numbered before its contents
 * are written, so that a reference back to it (a cycle) is written as its number; a tuple is numbered
 * after its items, and if writing them numbered the tuple already (a cycle through a list back to the
 * tuple), the reader is told to discard the items it just read and take the tuple from the memo, as
 * pickle's {@code save_tuple} does with {@code POP_MARK} and a memo get.
 */
final class PickleWriter {
    /** What pickle would refuse; the message says what and why. */
    static final class Unpicklable extends Exception {
        Unpicklable(String message) {
            super(message, null, false, false);
        }
    }

    private final Interpreter interp;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(128);
    private final DataOutputStream out = new DataOutputStream(buf);
    private final Map<PyObject, Integer> memo = new IdentityHashMap<>();
    private final List<ChannelCore> channels = new ArrayList<>();
    private int depth;

    /** {@code interp}: the sender's interpreter, where classes and functions are looked up by name; null if none. */
    PickleWriter(Interpreter interp) {
        this.interp = interp;
    }

    Shareable.Pickled dump(PyObject o) throws IOException, Unpicklable {
        write(o);
        out.flush();
        return new Shareable.Pickled(o.type().name, buf.toByteArray(), List.copyOf(channels));
    }

    private void write(PyObject o) throws IOException, Unpicklable {
        if (o == Py.None) {
            out.writeByte(NONE);
            return;
        }
        if (o instanceof PyBool b) {
            out.writeByte(b == PyBool.TRUE ? TRUE : FALSE);
            return;
        }
        Class<?> c = o.getClass();
        if (c == PyInt.class) {
            PyInt i = (PyInt) o;
            if (i.big == null) {
                out.writeByte(INT);
                out.writeLong(i.value);
            } else {
                out.writeByte(BIG_INT);
                writeBytes(i.big.toByteArray());
            }
            return;
        }
        if (c == PyFloat.class) {
            out.writeByte(FLOAT);
            out.writeLong(Double.doubleToRawLongBits(((PyFloat) o).value));
            return;
        }
        if (c == PyStr.class) {
            out.writeByte(STR);
            writeString(((PyStr) o).value);
            return;
        }
        if (c == PyBytes.class) {
            out.writeByte(BYTES);
            writeBytes(((PyBytes) o).value);
            return;
        }
        Integer seen = memo.get(o);
        if (seen != null) {
            out.writeByte(MEMO);
            out.writeInt(seen);
            return;
        }
        if (++depth > MAX_DEPTH) throw new Unpicklable("maximum recursion depth exceeded while pickling an object");
        try {
            writeObject(o, c);
        } finally {
            depth--;
        }
    }

    private void writeObject(PyObject o, Class<?> c) throws IOException, Unpicklable {
        if (c == PyTuple.class) {
            PyObject[] items = ((PyTuple) o).array();
            out.writeByte(TUPLE);
            out.writeInt(items.length);
            for (PyObject item : items) write(item);
            Integer seen = memo.get(o);
            if (seen != null) {
                out.writeByte(TUPLE_MEMO);
                out.writeInt(seen);
            } else {
                remember(o);
                out.writeByte(TUPLE_NEW);
            }
        } else if (c == PyList.class) {
            remember(o);
            PyObject[] items = ((PyList) o).snapshot();
            try {
                out.writeByte(LIST);
                out.writeInt(items.length);
                for (PyObject item : items) write(item);
            } finally {
                for (PyObject item : items) Rc.decref(item);
            }
        } else if (c == PyDict.class) {
            remember(o);
            out.writeByte(DICT);
            writeEntries((PyDict) o);
        } else if (c == PySet.class) {
            remember(o);
            List<PyObject> items = new ArrayList<>();
            PyObject it = o.iter();
            try {
                for (PyObject x = it.next(); x != null; x = it.next()) items.add(x);
                out.writeByte(SET);
                out.writeInt(items.size());
                for (PyObject item : items) write(item);
            } finally {
                Rc.decref(it);
                for (PyObject item : items) Rc.decref(item);
            }
        } else if (c == ChannelsModule.PyChannel.class) {
            remember(o);
            out.writeByte(CHANNEL);
            out.writeInt(channels.size());
            channels.add(((ChannelsModule.PyChannel) o).core);
        } else if (c == PyType.class || c == PyFunction.class) {
            writeGlobal(o);
        } else if (c == PyBaseException.class) {
            PyBaseException e = (PyBaseException) o;
            out.writeByte(EXCEPTION);
            write(e.cls);
            remember(o);
            write(e.args);
            writeEntries(e.dict);
        } else if (c == PyInstance.class) {
            PyInstance i = (PyInstance) o;
            out.writeByte(INSTANCE);
            write(i.cls);
            remember(o);
            writeEntries(i.dict);
        } else {
            throw new Unpicklable("cannot pickle '" + o.type().name + "' object");
        }
    }

    private void remember(PyObject o) {
        memo.put(o, memo.size());
    }

    private void writeEntries(PyDict d) throws IOException, Unpicklable {
        PyObject[][] entries = d.snapshotItems();
        try {
            out.writeInt(entries.length);
            for (PyObject[] kv : entries) {
                write(kv[0]);
                write(kv[1]);
            }
        } finally {
            for (PyObject[] kv : entries) {
                Rc.decref(kv[0]);
                Rc.decref(kv[1]);
            }
        }
    }

    /**
     * A class or a function, by reference: its module's name and its own, as pickle's
     * {@code save_global} writes them after checking that the name finds this very object (a class or
     * function made inside a function, or a lambda, does not, and is refused as pickle refuses it).
     */
    private void writeGlobal(PyObject o) throws IOException, Unpicklable {
        String module, name;
        if (o instanceof PyType t) {
            module = t.module;
            name = t.name;
        } else {
            PyFunction f = (PyFunction) o;
            PyObject m = f.globals.getStr("__name__");
            module = m instanceof PyStr s ? s.value : "?";
            name = f.code.qualname;
            if (name.contains("<locals>")) throw new Unpicklable("Can't pickle local object '" + name + "'");
        }
        PyObject found = found(module, name);
        if (found != o) {
            String what = "Can't pickle " + o.type().name + " '" + name + "': ";
            throw new Unpicklable(what + (found == null ? "attribute lookup " + name + " on " + module + " failed"
                    : "it's not the same object as " + module + "." + name));
        }
        out.writeByte(GLOBAL);
        writeString(module);
        writeString(name);
        remember(o);
    }

    /** What {@code module.name} is in the sender's interpreter, or null. */
    private PyObject found(String module, String name) {
        if (interp == null) return null;
        if (module.equals("builtins")) return interp.builtins.getStr(name);
        PyModule m = interp.module(module);
        return m == null ? null : m.dict.getStr(name);
    }

    private void writeString(String s) throws IOException {
        if (Pickle.wellFormed(s)) {
            out.writeByte(UTF8);
            writeBytes(s.getBytes(StandardCharsets.UTF_8));
        } else {
            out.writeByte(UTF16);
            out.writeInt(s.length());
            out.writeChars(s);
        }
    }

    private void writeBytes(byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }
}
