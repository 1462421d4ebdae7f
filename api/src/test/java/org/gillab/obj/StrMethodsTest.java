package org.gillab.obj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gillab.runtime.Builtins;
import org.gillab.spi.Rc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The str and bytes methods ({@link StrMethods}, {@link BytesMethods}) against CPython: ~11000 calls
 * with their results or errors ({@code str_cases.txt}, made by gen_str_cases.py), and the
 * constructors and cases a table cannot hold.
 */
class StrMethodsTest {
    @BeforeAll
    static void init() {
        Builtins.dict();
    }

    /** {@code recv.name(*args, **kw)} through the type's method, as the interpreter calls it: repr of the result. */
    static String call(PyObject recv, String name, PyTuple args, PyDict kwargs) {
        PyObject m = recv.type().lookup(name);
        if (m == null) throw Py.attributeError(recv, name);
        PyObject[][] items = kwargs.snapshotItems();
        int n = args.size();
        PyObject[] all = new PyObject[1 + n + items.length];
        String[] names = new String[items.length];
        all[0] = recv;
        System.arraycopy(args.array(), 0, all, 1, n);
        for (int i = 0; i < items.length; i++) {
            names[i] = ((PyStr) items[i][0]).value;
            all[1 + n + i] = items[i][1];
        }
        try {
            PyObject r = m.call(all, names.length == 0 ? null : names);
            try {
                return r.repr();
            } finally {
                Rc.decref(r);
            }
        } finally {
            for (PyObject[] kv : items) for (PyObject o : kv) Rc.decref(o);
        }
    }

    @Test
    void matchesCPythonTable() throws Exception {
        Cases.Failures f = new Cases.Failures();
        for (String[] r : Cases.rows("str_cases.txt")) {
            PyObject recv = Cases.value(r[0]);
            String name = Cases.unquote(r[1]);
            PyTuple args = (PyTuple) Cases.value(r[2]);
            PyDict kwargs = (PyDict) Cases.value(r[3]);
            f.check(recv.repr() + "." + name + args.repr() + " " + kwargs.repr(), Cases.expected(r[4]),
                    Cases.outcome(() -> call(recv, name, args, kwargs)));
            Rc.decref(recv);
            Rc.decref(args);
            Rc.decref(kwargs);
        }
        assertTrue(f.checked > 10000);
        assertTrue(f.items.isEmpty(), f.report());
    }

    private static String construct(PyType t, PyObject... args) {
        return Cases.outcome(() -> {
            PyObject r = t.call(args, null);
            try {
                return r.repr();
            } finally {
                Rc.decref(r);
            }
        });
    }

    @Test
    void strConstructor() {
        PyBytes ab = new PyBytes(new byte[] {'a', (byte) 0xc3, (byte) 0xa9});
        PyStr utf8 = PyStr.of("utf-8"), ascii = PyStr.of("ascii"), replace = PyStr.of("replace");
        assertEquals("=''", construct(PyStr.TYPE));
        assertEquals("='42'", construct(PyStr.TYPE, PyInt.of(42)));
        assertEquals("='1.5'", construct(PyStr.TYPE, new PyFloat(1.5)));
        assertEquals("='None'", construct(PyStr.TYPE, Py.None));
        assertEquals("=\"b'a\\\\xc3\\\\xa9'\"", construct(PyStr.TYPE, ab));
        assertEquals("='aé'", construct(PyStr.TYPE, ab, utf8));
        assertEquals("='a��'", construct(PyStr.TYPE, ab, ascii, replace));
        assertEquals("!UnicodeDecodeError:'ascii' codec can't decode byte 0xc3 in position 1: ordinal not in range(128)",
                construct(PyStr.TYPE, ab, ascii));
        assertEquals("!TypeError:decoding str is not supported", construct(PyStr.TYPE, utf8, utf8));
        assertEquals("!TypeError:decoding to str: need a bytes-like object, int found", construct(PyStr.TYPE, PyInt.of(1), utf8));
        PyStr s = PyStr.of("same object");
        PyObject r = PyStr.TYPE.call(new PyObject[] {s}, null);
        assertTrue(r == s, "str(s) is s");
        Rc.decref(r);
        Rc.decref(s);
        Rc.decref(ab);
        Rc.decref(replace);
    }

    @Test
    void bytesConstructor() {
        PyStr utf8 = PyStr.of("utf-8");
        PyStr e = PyStr.of("\u00e9");
        PyObject list = Cases.value("L[i:1,i:2,i:255]");
        PyObject bad = Cases.value("L[i:256]");
        PyObject strs = Cases.value("L[s:a]");
        assertEquals("=b''", construct(PyBytes.TYPE));
        assertEquals("=b'\\x00\\x00\\x00'", construct(PyBytes.TYPE, PyInt.of(3)));
        assertEquals("=b'\\x01\\x02\\xff'", construct(PyBytes.TYPE, list));
        assertEquals("=b'\\xc3\\xa9'", construct(PyBytes.TYPE, e, utf8));
        assertEquals("=b'\\x00\\x01\\x02'", construct(PyBytes.TYPE, new PyRange(0, 3, 1)));
        assertEquals("!TypeError:string argument without an encoding", construct(PyBytes.TYPE, e));
        assertEquals("!TypeError:encoding without a string argument", construct(PyBytes.TYPE, PyInt.of(1), utf8));
        assertEquals("!ValueError:negative count", construct(PyBytes.TYPE, PyInt.of(-1)));
        assertEquals("!ValueError:bytes must be in range(0, 256)", construct(PyBytes.TYPE, bad));
        assertEquals("!TypeError:'str' object cannot be interpreted as an integer", construct(PyBytes.TYPE, strs));
        assertEquals("!TypeError:cannot convert 'float' object to bytes", construct(PyBytes.TYPE, new PyFloat(1.5)));
        Rc.decref(list);
        Rc.decref(bad);
        Rc.decref(strs);
        Rc.decref(e);
    }

    @Test
    void loneSurrogatesDoNotEncode() {
        PyStr s = PyStr.of("a\ud800b");
        assertEquals("!UnicodeEncodeError:'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed",
                Cases.outcome(() -> call(s, "encode", PyTuple.EMPTY, new PyDict())));
        Rc.decref(s);
    }

    @Test
    void formatMethodUsesFormatter() {
        PyStr t = PyStr.of("{0}-{x}");
        PyObject m = PyStr.TYPE.lookup("format");
        PyObject r = m.call(new PyObject[] {t, PyInt.of(1), PyInt.of(2)}, new String[] {"x"});
        assertEquals("1-2", r.str());
        Rc.decref(r);
        Rc.decref(t);
    }

    @Test
    void joinOfAGeneratorLikeIterable() {
        PyObject list = Cases.value("L[s:x,s:y,s:z]");
        PyObject it = list.iter();
        PyStr sep = PyStr.of(", ");
        PyObject r = PyStr.TYPE.lookup("join").call(new PyObject[] {sep, it}, null);
        assertEquals("x, y, z", r.str());
        Rc.decref(r);
        Rc.decref(it);
        Rc.decref(list);
        Rc.decref(sep);
    }

    @Test
    void noLeaksAcrossMethods() {
        Heap.startTracking();
        try {
            PyStr s = new PyStr("a,b,,c  and some words");
            for (String[] call : new String[][] {{"split", ","}, {"rsplit", " "}, {"partition", "and"}, {"upper"}, {"title"}, {"splitlines"}}) {
                PyObject[] args = new PyObject[call.length];
                args[0] = s;
                for (int i = 1; i < call.length; i++) args[i] = new PyStr(call[i]);
                PyObject r = PyStr.TYPE.lookup(call[0]).call(args, null);
                Rc.decref(r);
                for (int i = 1; i < call.length; i++) Rc.decref(args[i]);
            }
            PyStr zz = new PyStr("zz");
            try {
                PyStr.TYPE.lookup("index").call(new PyObject[] {s, zz}, null);
            } catch (PyException e) {
                Rc.decref(e.value);
            }
            Rc.decref(zz);
            Rc.decref(s);
            Heap.AuditReport report = Heap.audit(java.util.List.of());
            assertTrue(report.clean(), report.summary() + "\n" + String.join("\n", report.details()));
            assertEquals(0, report.liveObjects(), report.summary());
        } finally {
            Heap.stopTracking();
        }
    }
}
