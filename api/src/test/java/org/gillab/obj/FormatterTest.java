package org.gillab.obj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gillab.runtime.Builtins;
import org.gillab.spi.Rc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Formatter} against CPython: ~14000 cases of {@code fmt % args}, {@code format(value, spec)}
 * and {@code template.format(*args, **kw)} with their results or errors ({@code format_cases.txt},
 * made by gen_format_cases.py), plus what the table cannot hold (attributes, user classes).
 */
class FormatterTest {
    private static List<String[]> rows;

    @BeforeAll
    static void load() throws Exception {
        Builtins.dict();
        rows = Cases.rows("format_cases.txt");
    }

    @Test
    void percentMatchesCPython() {
        Cases.Failures f = new Cases.Failures();
        for (String[] r : rows) {
            if (!r[0].equals("percent")) continue;
            String fmt = Cases.unquote(r[1]);
            PyObject args = Cases.value(r[2]);
            f.check(PyStr.repr(fmt) + " % " + args.repr(), Cases.expected(r[3]), Cases.outcome(() -> Formatter.percent(fmt, args)));
            Rc.decref(args);
        }
        assertTrue(f.checked > 2000);
        assertTrue(f.items.isEmpty(), f.report());
    }

    @Test
    void formatSpecMatchesCPython() {
        Cases.Failures f = new Cases.Failures();
        for (String[] r : rows) {
            if (!r[0].equals("spec")) continue;
            PyObject value = Cases.value(r[1]);
            String spec = Cases.unquote(r[2]);
            f.check("format(" + value.repr() + ", " + PyStr.repr(spec) + ")", Cases.expected(r[3]),
                    Cases.outcome(() -> Formatter.formatSpec(value, spec)));
            Rc.decref(value);
        }
        assertTrue(f.checked > 5000);
        assertTrue(f.items.isEmpty(), f.report());
    }

    @Test
    void strFormatMatchesCPython() {
        Cases.Failures f = new Cases.Failures();
        for (String[] r : rows) {
            if (!r[0].equals("strformat")) continue;
            String template = Cases.unquote(r[1]);
            PyTuple args = (PyTuple) Cases.value(r[2]);
            PyDict kwargs = (PyDict) Cases.value(r[3]);
            PyObject[][] items = kwargs.snapshotItems();
            int npos = args.size();
            PyObject[] all = new PyObject[npos + items.length];
            String[] names = new String[items.length];
            System.arraycopy(args.array(), 0, all, 0, npos);
            for (int i = 0; i < items.length; i++) {
                names[i] = ((PyStr) items[i][0]).value;
                all[npos + i] = items[i][1];
            }
            f.check(PyStr.repr(template) + ".format" + args.repr() + " " + kwargs.repr(), Cases.expected(r[4]),
                    Cases.outcome(() -> Formatter.strFormat(template, all, npos, names.length == 0 ? null : names)));
            for (PyObject[] kv : items) for (PyObject o : kv) Rc.decref(o);
            Rc.decref(args);
            Rc.decref(kwargs);
        }
        assertTrue(f.checked > 60);
        assertTrue(f.items.isEmpty(), f.report());
    }

    @Test
    void attributesAndItemsInFields() {
        PyDict d = new PyDict();
        d.setStr("pi", new PyFloat(3.14159));
        PyModule m = new PyModule("m", d);
        assertEquals("3.142 <module 'm'>", Formatter.strFormat("{0.pi:.3f} {0}", new PyObject[] {m}, 1, null));
        assertEquals("'m'", Formatter.strFormat("{0.__name__!r}", new PyObject[] {m}, 1, null));
        Rc.decref(m);
    }

    @Test
    void userClassFormatIsCalled() {
        PyDict ns = new PyDict();
        PyType cls = PyType.newClass("Money", PyType.OBJECT, ns, "__main__");
        Rc.decref(ns);
        cls.setAttr("__format__", new PyNativeFunction("__format__", (a, kw) -> PyStr.of("<" + ((PyStr) a[1]).value + ">")));
        PyObject inst = cls.call(new PyObject[0], null);
        assertEquals("<>", Formatter.formatSpec(inst, ""));
        assertEquals("<.2f>", Formatter.formatSpec(inst, ".2f"));
        assertEquals("[<x>]", Formatter.strFormat("[{:x}]", new PyObject[] {inst}, 1, null));
        Rc.decref(inst);

        PyDict ns2 = new PyDict();
        PyType plain = PyType.newClass("Plain", PyType.OBJECT, ns2, "__main__");
        Rc.decref(ns2);
        PyObject p = plain.call(new PyObject[0], null);
        assertEquals(p.str(), Formatter.formatSpec(p, ""));
        assertEquals("!TypeError:unsupported format string passed to Plain.__format__",
                Cases.outcome(() -> Formatter.formatSpec(p, "5")));
        Rc.decref(p);
    }

    @Test
    void floatFormatHelpers() {
        assertEquals("0.1", FloatRepr.format(0.15, 'f', 1, false));
        assertEquals("0.2", FloatRepr.format(0.25, 'f', 1, false));
        assertEquals("2", FloatRepr.format(2.5, 'f', 0, false));
        assertEquals("2.", FloatRepr.format(2.5, 'f', 0, true));
        assertEquals("1.234568e+04", FloatRepr.format(12345.678, 'e', -1, false));
        assertEquals("1.23457e+08", FloatRepr.format(123456789.0, 'g', -1, false));
        assertEquals("50.000000%", FloatRepr.format(0.5, '%', -1, false));
        assertEquals("1.0", FloatRepr.format(1.0, 'r', 3, false));
        assertEquals("1e+02", FloatRepr.format(100.0, 'r', 3, false));
        assertEquals("-0.0", FloatRepr.format(-0.0, 'r', -1, false));
        assertEquals("INF", FloatRepr.format(Double.POSITIVE_INFINITY, 'F', 2, false));
    }

    @Test
    void asciiEscapes() {
        assertEquals("'\\xe9\\U0001f600\\u20ac'", Formatter.ascii("'\u00e9\ud83d\ude00\u20ac'"));
        assertEquals("plain", Formatter.ascii("plain"));
    }
}
