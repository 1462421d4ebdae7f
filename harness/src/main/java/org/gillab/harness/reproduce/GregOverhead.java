package org.gillab.harness.reproduce;

import static org.gillab.harness.reproduce.Figure.num;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Greg Stein's free-threading patch made single-threaded Python several times slower: every count
 * went through one global mutex (on Linux) and every list and dict had a lock. The counters say
 * where the time goes.
 */
final class GregOverhead implements Experiment {
    private static final List<String> WORKLOADS = List.of("objects", "countdown");

    @Override
    public String name() {
        return "greg-overhead";
    }

    @Override
    public String source() {
        return "Greg Stein's free-threading patch (Python 1.4, 1996): Python FAQ \"Can't we get rid of the Global Interpreter Lock?\"; "
                + "David Beazley, \"An Inside Look at the GIL Removal Patch of Lore\" (2011)";
    }

    @Override
    public String reference() {
        return "ordinary code \"about twice as slow\" with the patch on Windows, worse on Linux (pthread locks) [V, gil-facts 3]; "
                + "spin loop 1.9 s with the GIL vs 12.7 s patched (6.7x), pystone about 4x [S, gil-facts 3]";
    }

    @Override
    public String band() {
        return "fine-grained (refcount=mutex) over gil at 1 worker, objects: at least 1.5x";
    }

    @Override
    public List<Trial> trials(Scale scale, Lab lab) {
        var w = WORKLOADS.stream().map(lab::workload).toList();
        return List.of(Trial.of("mutex", List.of("gil", "fine-grained"), w, List.of(1)),
                Trial.of("atomic", List.of("fine-grained"), w, List.of(1)).withOptions("fine-grained", Map.of("refcount", "atomic")),
                // 1996 had no immortal objects: every count, None's and small ints' included, takes the mutex
                Trial.of("no-immortals", List.of("fine-grained"), w, List.of(1)).withOptions("fine-grained", Map.of("immortals", "false")));
    }

    @Override
    public Figure gillab(Cells cells) {
        Map<String, Double> v = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder("fine-grained over gil, 1 worker:");
        for (String w : WORKLOADS) {
            double gil = cells.wall("mutex", "gil", w, 1);
            double mutex = cells.wall("mutex", "fine-grained", w, 1) / gil;
            double atomic = cells.wall("atomic", "fine-grained", w, 1) / gil;
            double mortal = cells.wall("no-immortals", "fine-grained", w, 1) / gil;
            v.put(w + "-mutex", mutex);
            v.put(w + "-atomic", atomic);
            v.put(w + "-no-immortals", mortal);
            text.append(' ').append(w).append(' ').append(num(mutex)).append("x (atomic counts ").append(num(atomic))
                    .append("x, nothing immortal as in 1996 ").append(num(mortal)).append("x)");
        }
        double secs = cells.wall("mutex", "fine-grained", "objects", 1);
        double rc = cells.counter("mutex", "fine-grained", "objects", 1, "refcount-lock-acquisitions") / secs;
        double cl = cells.counter("mutex", "fine-grained", "objects", 1, "container-lock-acquisitions") / secs;
        v.put("refcount-locks-per-s", rc);
        v.put("container-locks-per-s", cl);
        text.append("; objects takes ").append(num(rc / 1e6)).append("M refcount-mutex and ").append(num(cl / 1e6))
                .append("M container-lock acquisitions/s");
        return Figure.of(text.toString(), v);
    }

    @Override
    public Figure cpython(Cells cells) {
        return Figure.none("no CPython build has fine-grained locking");
    }

    @Override
    public boolean agrees(Figure f) {
        return f.value("objects-mutex") >= 1.5;
    }
}
