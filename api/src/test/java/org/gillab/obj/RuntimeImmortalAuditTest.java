package org.gillab.obj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gillab.spi.Rc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An object a model makes immortal while the program runs (free-threaded 3.13's immortalization) is
 * no longer checked itself, but the references it holds still count: what it refers to is neither
 * leaked nor over-counted, and a wrong count on it is still found.
 */
class RuntimeImmortalAuditTest {
    @BeforeEach
    void track() {
        Heap.startTracking();
    }

    @AfterEach
    void stop() {
        Heap.stopTracking();
    }

    /** A root module's dict, made immortal, holding a list that holds a float: all counted right. */
    private static PyList immortalDictHoldingAList() {
        PyDict d = new PyDict();
        PyList l = new PyList();
        PyFloat f = new PyFloat(2.5);
        l.append(f);
        Rc.decref(f);
        d.setStr("l", l);
        Rc.decref(l);
        Rc.immortalizeAtRuntime(d);
        return l;
    }

    @Test
    void whatAnImmortalizedObjectHoldsIsReachableAndExactlyCounted() {
        immortalDictHoldingAList();
        Heap.AuditReport r = Heap.audit(List.of());
        assertTrue(r.clean(), r.summary() + " " + r.details());
        assertEquals(2, r.liveObjects(), "the list and the float; the immortal dict is not checked");
        assertEquals(0, r.cyclicGarbage(), r.summary());
    }

    @Test
    void anOverCountBelowAnImmortalizedObjectIsStillFound() {
        PyList l = immortalDictHoldingAList();
        Rc.incref(l);
        Heap.AuditReport r = Heap.audit(List.of());
        assertFalse(r.clean(), r.summary());
        assertEquals(1, r.overCounted(), r.summary() + " " + r.details());
        assertEquals(0, r.leaked(), "still reachable from the immortal dict: " + r.summary());
    }

    @Test
    void anObjectImmortalFromBirthIsNotARoot() {
        PyList l = new PyList();
        PyFloat f = new PyFloat(1.5);
        l.append(f);
        Rc.decref(f);
        Rc.immortal(l); // a constant: its references are not the audit's business, so the float looks leaked
        Heap.AuditReport r = Heap.audit(List.of());
        assertEquals(1, r.overCounted(), r.summary());
    }
}
