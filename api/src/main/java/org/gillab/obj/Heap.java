package org.gillab.obj;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.gillab.spi.Rc;

/**
 * The reference-count audit, and the allocation tracking it needs.
 *
 * <p>Tracking is off by default and costs one static read per allocation. When on, every object
 * allocated is remembered until its count reaches zero, so that after a run {@link #audit} can
 * compare each live object's count with the references that actually point at it:
 * <ul>
 *   <li><b>freed while referenced</b>: a live object holds a reference to a dead one;</li>
 *   <li><b>over-counted</b>: a count above the real references (a leak: nothing can ever free it);</li>
 *   <li><b>under-counted</b>: a count below them (it will be freed while still in use);</li>
 *   <li><b>leaked</b>: objects no root reaches that are kept alive only by over-counts;</li>
 *   <li><b>cyclic garbage</b>: unreachable objects whose counts are all explained by references
 *       among themselves: what CPython's cycle collector frees. Reported, not an error;</li>
 *   <li><b>use after free</b>: count changes attempted on dead objects (counted whether or not
 *       tracking is on).</li>
 * </ul>
 */
public final class Heap {
    private Heap() {}

    /** Read on every allocation; set only between runs. */
    static boolean tracking;

    private static final Set<PyObject> LIVE = ConcurrentHashMap.newKeySet();
    /** Objects a model made immortal while the program ran ({@link Rc#immortalizeAtRuntime}): roots whose references count. */
    private static final Set<PyObject> IMMORTALIZED = ConcurrentHashMap.newKeySet();
    private static final LongAdder USE_AFTER_FREE = new LongAdder();
    private static final ConcurrentLinkedQueue<String> UAF_SAMPLES = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger UAF_SAMPLE_COUNT = new AtomicInteger();
    private static final int MAX_SAMPLES = 10;

    /** Starts remembering allocations (and forgets earlier ones and earlier use-after-free reports). */
    public static void startTracking() {
        LIVE.clear();
        IMMORTALIZED.clear();
        resetDamage();
        tracking = true;
    }

    public static void stopTracking() {
        tracking = false;
        LIVE.clear();
        IMMORTALIZED.clear();
    }

    public static void resetDamage() {
        USE_AFTER_FREE.reset();
        UAF_SAMPLES.clear();
        UAF_SAMPLE_COUNT.set(0);
    }

    static void track(PyObject o) {
        LIVE.add(o);
    }

    /** See {@link Rc#immortalizeAtRuntime}. */
    public static void onImmortalizedAtRuntime(PyObject o) {
        if (tracking) IMMORTALIZED.add(o);
    }

    public static void onDealloc(PyObject o) {
        if (tracking) LIVE.remove(o);
    }

    public static void onUseAfterFree(PyObject o, String where) {
        USE_AFTER_FREE.increment();
        if (UAF_SAMPLE_COUNT.incrementAndGet() <= MAX_SAMPLES) {
            UAF_SAMPLES.add(where + " of a dead '" + o.type().name + "' object");
        }
    }

    public static long useAfterFreeCount() {
        return USE_AFTER_FREE.sum();
    }

    /** What the audit found. {@link #clean()} is true when nothing but cyclic garbage was found. */
    public record AuditReport(int liveObjects, long freedWhileReferenced, long overCounted, long underCounted,
                              long leaked, long cyclicGarbage, long useAfterFree, List<String> details) {
        public boolean clean() {
            return freedWhileReferenced == 0 && overCounted == 0 && underCounted == 0 && leaked == 0
                    && useAfterFree == 0;
        }

        public String summary() {
            return String.format("refcount audit: %s (%d live objects; freed-while-referenced %d, over-counted %d, "
                            + "under-counted %d, leaked %d, use-after-free %d, cyclic garbage %d)",
                    clean() ? "clean" : "DAMAGED", liveObjects, freedWhileReferenced, overCounted, underCounted, leaked,
                    useAfterFree, cyclicGarbage);
        }
    }

    /**
     * Audits every tracked object against the references that exist. {@code roots} are the objects
     * the runtime itself holds one reference to each (the main module, imported modules). Run it
     * when no Python code is running.
     */
    public static AuditReport audit(Collection<? extends PyObject> roots) {
        List<String> details = new ArrayList<>();
        List<PyObject> live = new ArrayList<>();
        for (PyObject o : LIVE) if (!o.isDead() && !Rc.isImmortal(o)) live.add(o);

        Map<PyObject, int[]> actual = new IdentityHashMap<>();
        for (PyObject o : live) actual.put(o, new int[1]);
        long[] freedRef = {0};
        for (PyObject o : live) {
            o.forEachRef(r -> {
                if (r == null) return;
                if (r.isDead()) {
                    freedRef[0]++;
                    if (details.size() < 20) {
                        details.add("a '" + o.type().name + "' object refers to a freed '" + r.type().name + "' object");
                    }
                    return;
                }
                int[] c = actual.get(r);
                if (c != null) c[0]++;
            });
        }
        for (PyObject r : roots) {
            int[] c = actual.get(r);
            if (c != null) c[0]++;
        }
        // an object made immortal at run time holds counted references, and whatever it refers to is
        // reachable for as long as it lives, which is for ever
        List<PyObject> fromImmortal = new ArrayList<>();
        for (PyObject i : IMMORTALIZED) {
            i.forEachRef(r -> {
                if (r != null && r.isDead()) {
                    freedRef[0]++;
                    if (details.size() < 20) details.add("an immortalized '" + i.type().name + "' object refers to a freed '" + r.type().name + "' object");
                    return;
                }
                int[] c = r == null ? null : actual.get(r);
                if (c == null) return;
                c[0]++;
                fromImmortal.add(r);
            });
        }
        long over = 0, under = 0;
        List<PyObject> overCounted = new ArrayList<>();
        for (PyObject o : live) {
            int real = actual.get(o)[0];
            int count = Rc.count(o);
            if (count > real) {
                over++;
                overCounted.add(o);
                if (details.size() < 20) details.add("over-counted '" + o.type().name + "' " + describe(o) + ": count " + count + ", referenced " + real + " times");
            } else if (count < real) {
                under++;
                if (details.size() < 20) details.add("under-counted '" + o.type().name + "' " + describe(o) + ": count " + count + ", referenced " + real + " times");
            }
        }
        List<PyObject> rootsAndImmortalRefs = new ArrayList<>(roots);
        rootsAndImmortalRefs.addAll(fromImmortal);
        Set<PyObject> reachable = reach(rootsAndImmortalRefs, actual);
        List<PyObject> unreachableOver = new ArrayList<>();
        for (PyObject o : overCounted) if (!reachable.contains(o)) unreachableOver.add(o);
        Set<PyObject> leakedSet = reach(unreachableOver, actual);
        leakedSet.removeAll(reachable);
        long unreachable = live.size() - reachable.size();
        long leaked = leakedSet.size();
        for (String s : UAF_SAMPLES) if (details.size() < 30) details.add("use after free: " + s);
        return new AuditReport(live.size(), freedRef[0], over, under, leaked, Math.max(0, unreachable - leaked),
                USE_AFTER_FREE.sum(), details);
    }

    private static String describe(PyObject o) {
        String r;
        try {
            r = o instanceof PyStr || o instanceof PyInt || o instanceof PyFloat ? o.repr() : "";
        } catch (RuntimeException e) {
            r = "";
        }
        return r.length() > 40 ? r.substring(0, 40) + "..." : r;
    }

    /** The live objects reachable from {@code from} (which must be live objects to be counted). */
    private static Set<PyObject> reach(Collection<? extends PyObject> from, Map<PyObject, int[]> live) {
        Set<PyObject> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<PyObject> work = new ArrayDeque<>();
        for (PyObject r : from) if (live.containsKey(r) && seen.add(r)) work.add(r);
        while (!work.isEmpty()) {
            PyObject o = work.poll();
            o.forEachRef(r -> {
                if (r != null && live.containsKey(r) && seen.add(r)) work.add(r);
            });
        }
        return seen;
    }
}
