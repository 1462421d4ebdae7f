package org.gillab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gillab.obj.Cases;
import org.gillab.obj.Heap;
import org.gillab.obj.Py;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyList;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyStr;
import org.gillab.obj.PyType;
import org.gillab.spi.Rc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The random module: determinism per seed, ranges, CPython's errors, and exact reference counts. */
class RandomModuleTest {
    @BeforeAll
    static void init() {
        Builtins.dict();
    }


    private static String repr(PyObject target, String name, PyObject... args) {
        return Cases.outcome(() -> {
            PyObject r = Cases.callMethod(target, name, args);
            try {
                return r.repr();
            } finally {
                Rc.decref(r);
            }
        });
    }

    private static PyObject newRandom(PyObject module, PyObject seed) {
        PyObject cls = module.getAttr("Random");
        try {
            return seed == null ? cls.call(new PyObject[0], null) : cls.call(new PyObject[] {seed}, null);
        } finally {
            Rc.decref(cls);
        }
    }

    private static List<String> draws(PyObject gen, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(repr(gen, "random"));
        out.add(repr(gen, "randint", PyInt.of(1), PyInt.of(1000000)));
        out.add(repr(gen, "getrandbits", PyInt.of(200)));
        out.add(repr(gen, "gauss"));
        return out;
    }

    @Test
    void sameSeedSameSequence() {
        PyModule m = RandomModule.create();
        PyObject a = newRandom(m, PyInt.of(42)), b = newRandom(m, PyInt.of(42)), c = newRandom(m, PyInt.of(43));
        List<String> da = draws(a, 20), db = draws(b, 20), dc = draws(c, 20);
        assertEquals(da, db);
        assertNotEquals(da, dc);
        // The sequence is fixed forever for a given seed (not CPython's: gillab's own generator).
        PyObject d = newRandom(m, PyInt.of(42));
        assertEquals(da, draws(d, 20));
        // seed() restarts; strings, bytes, floats and huge ints are seeds too.
        for (PyObject seed : new PyObject[] {PyStr.of("hello"), new PyFloat(1.5), PyInt.of(new java.math.BigInteger("123456789012345678901234567890"))}) {
            Rc.decref(Cases.callMethod(a, "seed", seed));
            List<String> x = draws(a, 5);
            Rc.decref(Cases.callMethod(a, "seed", seed));
            assertEquals(x, draws(a, 5));
        }
        // The module functions share one hidden generator that seed() resets.
        Rc.decref(Cases.callMethod(m, "seed", PyInt.of(123)));
        List<String> first = draws(m, 5);
        Rc.decref(Cases.callMethod(m, "seed", PyInt.of(123)));
        assertEquals(first, draws(m, 5));
        for (PyObject o : new PyObject[] {a, b, c, d, m}) Rc.decref(o);
    }

    @Test
    void rangesAndShapes() {
        PyModule m = RandomModule.create();
        PyObject g = newRandom(m, PyInt.of(7));
        Set<String> dice = new HashSet<>();
        for (int i = 0; i < 600; i++) {
            PyObject v = Cases.callMethod(g, "randint", PyInt.of(1), PyInt.of(6));
            long x = ((PyInt) v).value;
            assertTrue(x >= 1 && x <= 6);
            dice.add(v.repr());
            Rc.decref(v);
            PyObject r = Cases.callMethod(g, "randrange", PyInt.of(5), PyInt.of(50), PyInt.of(5));
            assertTrue(((PyInt) r).value % 5 == 0 && ((PyInt) r).value >= 5 && ((PyInt) r).value < 50);
            Rc.decref(r);
            PyObject neg = Cases.callMethod(g, "randrange", PyInt.of(10), PyInt.of(0), PyInt.of(-3));
            assertTrue(List.of(10L, 7L, 4L, 1L).contains(((PyInt) neg).value), neg.repr());
            Rc.decref(neg);
            PyObject f = Cases.callMethod(g, "random");
            assertTrue(((PyFloat) f).value >= 0 && ((PyFloat) f).value < 1);
            Rc.decref(f);
            PyObject u = Cases.callMethod(g, "uniform", PyInt.of(2), PyInt.of(3));
            assertTrue(((PyFloat) u).value >= 2 && ((PyFloat) u).value <= 3);
            Rc.decref(u);
            PyObject bits = Cases.callMethod(g, "getrandbits", PyInt.of(100));
            assertTrue(((PyInt) bits).toBigInteger().bitLength() <= 100);
            Rc.decref(bits);
        }
        assertEquals(6, dice.size());
        PyObject deck = Cases.value("L[i:0,i:1,i:2,i:3,i:4,i:5,i:6,i:7,i:8,i:9]");
        assertEquals("=None", repr(g, "shuffle", deck));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 10; i++) seen.add(((PyInt) ((PyList) deck).get(i)).value);
        assertEquals(10, seen.size());
        String sample = repr(g, "sample", deck, PyInt.of(4));
        assertEquals(4, sample.split(",").length);
        String choice = repr(g, "choice", PyStr.of("abc"));
        assertTrue(List.of("='a'", "='b'", "='c'").contains(choice), choice);
        Rc.decref(deck);
        Rc.decref(g);
        Rc.decref(m);
    }

    @Test
    void cpythonErrors() {
        PyModule m = RandomModule.create();
        PyObject empty = Cases.value("L[]");
        PyObject set = Cases.value("D{i:1=i:1}");
        assertEquals("!ValueError:empty range for randrange()", repr(m, "randrange", PyInt.of(0)));
        assertEquals("!ValueError:empty range for randrange() (5, 1, -4)", repr(m, "randrange", PyInt.of(5), PyInt.of(1)));
        assertEquals("!ValueError:zero step for randrange()", repr(m, "randrange", PyInt.of(1), PyInt.of(5), PyInt.of(0)));
        assertEquals("!ValueError:non-integer arg 1 for randrange()", repr(m, "randrange", new PyFloat(1.5)));
        assertEquals("!ValueError:non-integer stop for randrange()", repr(m, "randrange", PyInt.of(1), new PyFloat(2.5)));
        assertEquals("!ValueError:empty range for randrange() (5, 2, -3)", repr(m, "randint", PyInt.of(5), PyInt.of(1)));
        assertEquals("!IndexError:Cannot choose from an empty sequence", repr(m, "choice", empty));
        assertEquals("!ValueError:Sample larger than population or is negative", repr(m, "sample", empty, PyInt.of(1)));
        assertEquals("!TypeError:Population must be a sequence.  For dicts or sets, use sorted(d).", repr(m, "sample", set, PyInt.of(1)));
        assertEquals("!ValueError:number of bits must be non-negative", repr(m, "getrandbits", PyInt.of(-1)));
        assertEquals("=0", repr(m, "getrandbits", PyInt.of(0)));
        assertEquals("!TypeError:The only supported seed types are: None,\nint, float, str, bytes, and bytearray.", repr(m, "seed", empty));
        assertEquals("=7", repr(m, "randrange", new PyFloat(7.0), PyInt.of(8)));
        Rc.decref(empty);
        Rc.decref(set);
        Rc.decref(m);
    }

    @Test
    void randomInstancesAndTheirType() {
        PyModule m = RandomModule.create();
        PyObject g = newRandom(m, null);
        PyType t = g.type();
        assertEquals("Random", t.name);
        PyObject cls = m.getAttr("Random");
        assertTrue(cls == t);
        Rc.decref(cls);
        assertTrue(g.repr().startsWith("<random.Random object at 0x"));
        Rc.decref(g);
        Rc.decref(m);
    }

    @Test
    void referenceCountsAreExact() {
        Heap.startTracking();
        try {
            PyModule m = RandomModule.create();
            PyObject g = newRandom(m, PyInt.of(5));
            PyObject pop = Cases.value("L[s:alpha,s:beta,s:gamma,s:delta,i:1000,i:2000]");
            for (int i = 0; i < 50; i++) {
                Rc.decref(Cases.callMethod(g, "choice", pop));
                Rc.decref(Cases.callMethod(g, "sample", pop, PyInt.of(3)));
                Rc.decref(Cases.callMethod(g, "shuffle", pop));
                Rc.decref(Cases.callMethod(g, "randrange", PyInt.of(10), PyInt.of(200)));
                Rc.decref(Cases.callMethod(m, "random"));
            }
            PyObject weights = Cases.value("L[i:1,i:2,i:3,i:4,i:5,i:6]");
            PyObject k = PyInt.of(10);
            PyObject choices = m.getAttr("choices");
            Rc.decref(choices.call(new PyObject[] {pop, weights, k}, new String[] {"k"}));
            Rc.decref(choices);
            try {
                Cases.callMethod(g, "choice", Py.None);
            } catch (org.gillab.obj.PyException e) {
                Rc.decref(e.value);
            }
            Rc.decref(weights);
            Heap.AuditReport mid = Heap.audit(List.of(m, g, pop));
            assertTrue(mid.clean(), mid.summary() + "\n" + String.join("\n", mid.details()));
            Rc.decref(pop);
            Rc.decref(g);
            Rc.decref(m);
            Heap.AuditReport end = Heap.audit(List.of());
            assertTrue(end.clean(), end.summary() + "\n" + String.join("\n", end.details()));
            assertEquals(0, end.liveObjects(), end.summary());
        } finally {
            Heap.stopTracking();
        }
    }
}
