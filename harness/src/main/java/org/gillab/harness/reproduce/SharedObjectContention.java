package org.gillab.harness.reproduce;

import static org.gillab.harness.reproduce.Figure.num;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.harness.library.Workload;

/**
 * The free-threaded build's scaling bottleneck: threads that only read the same objects still write
 * their reference counts, atomically, to one cache line. read-shared reads counted shared ints; its
 * twin here reads the same values as constants, which are immortal (PEP 683), so nothing is written.
 * (The model's defer-at-start covers module-level functions, modules and classes, not data.)
 */
final class SharedObjectContention implements Experiment {
    static final String IMMORTAL = "read-shared-immortal";
    private static final String COUNTED = "read-shared";

    /** read_shared.py with the 64 shared ints as a constant tuple: the same values, never counted. */
    static final String IMMORTAL_SOURCE = String.join("\n",
            "# read_shared.py with its 64 ints as a constant tuple: constants are immortal, so reading them writes nothing.",
            "DESCRIPTION = \"every worker reads the same 64 immortal ints over and over; no count changes\"",
            "CATEGORY = \"shared-state\"",
            "SIZE = 5_000_000",
            "",
            "data = (" + String.join(", ", java.util.stream.IntStream.range(0, 64).mapToObj(i -> String.valueOf(1000 + i)).toList()) + ")",
            "",
            "",
            "def share(part, parts, size):",
            "    return size // parts + (1 if part < size % parts else 0)",
            "",
            "",
            "def work(part, parts, size, shared):",
            "    items = (" + String.join(", ", java.util.stream.IntStream.range(0, 64).mapToObj(i -> String.valueOf(1000 + i)).toList()) + ")",
            "    total = 0",
            "    for i in range(share(part, parts, size)):",
            "        total += items[i & 63]",
            "    return total",
            "",
            "",
            "def check(results, size, parts):",
            "    expected = []",
            "    for part in range(parts):",
            "        n = share(part, parts, size)",
            "        full, rest = divmod(n, 64)",
            "        expected.append(full * sum(data) + sum(data[:rest]))",
            "    return results == expected",
            "");

    @Override
    public String name() {
        return "shared-object-contention";
    }

    @Override
    public String source() {
        return "CPython gh-118527 \"Scaling bottlenecks in the free-threaded build\", gh-134761, modern-python/modern-di#435";
    }

    @Override
    public String reference() {
        return "one shared threading.Lock from 8 threads: 3.4-4.5 s per thread vs 0.39-0.56 s with per-thread locks (3.15t) "
                + "[V, gil-facts 5.7]; dict.get of one shared value: 0.28x speed-up on 4 threads (3.14t), immortalizing the hot "
                + "objects lifted the worst case from ~0.6x to ~2.5x [V, gil-facts 5.7]";
    }

    @Override
    public String band() {
        return "free-threaded at the most workers: the immortal twin's speed-up at least 1.2 times read-shared's";
    }

    private static Workload immortal(Lab lab) {
        return lab.written("read_shared_immortal.py", IMMORTAL_SOURCE);
    }

    @Override
    public List<Trial> trials(Scale scale, Lab lab) {
        return List.of(Trial.of("default", List.of("free-threaded"), List.of(lab.workload(COUNTED), immortal(lab)),
                scale.scalingWorkers(lab.cores())));
    }

    @Override
    public List<CpythonPlan> cpython(Scale scale, Lab lab) {
        return List.of(CpythonPlan.of(Lab.files(lab.workload(COUNTED), immortal(lab)), List.of("threads"), scale.scalingWorkers(lab.cores())));
    }

    @Override
    public Figure gillab(Cells cells) {
        int most = cells.of("default").stream().mapToInt(c -> c.workers()).max().orElseThrow(() -> new Cells.Missing("no cells"));
        double counted = speedup(cells, COUNTED, most), immortal = speedup(cells, IMMORTAL, most);
        var c = cells.ok("default", "free-threaded", COUNTED, most);
        Long shared = c.counters().get("shared-refcount-ops");
        if (shared == null) throw new Cells.Missing("free-threaded reports no counter shared-refcount-ops");
        double perRead = (double) shared / c.size();
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("workers", (double) most);
        v.put("speedup-counted", counted);
        v.put("speedup-immortal", immortal);
        v.put("shared-ops-per-read", perRead);
        return Figure.of("free-threaded speed-up at " + most + " workers: counted shared ints " + num(counted) + "x ("
                + num(perRead) + " atomic count operations per read), immortal ones " + num(immortal) + "x", v);
    }

    private static double speedup(Cells cells, String w, int most) {
        return cells.wall("default", "free-threaded", w, 1) / cells.wall("default", "free-threaded", w, most);
    }

    @Override
    public Figure cpython(Cells cells) {
        int most = cells.of(Cells.CPYTHON).stream().mapToInt(c -> c.workers()).max().orElseThrow(() -> new Cells.Missing("no CPython cells"));
        double counted = cells.cpython("threads", null, COUNTED, 1).wallSecondsMedian() / cells.cpython("threads", null, COUNTED, most).wallSecondsMedian();
        double immortal = cells.cpython("threads", null, IMMORTAL, 1).wallSecondsMedian() / cells.cpython("threads", null, IMMORTAL, most).wallSecondsMedian();
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("speedup-counted", counted);
        v.put("speedup-immortal", immortal);
        return Figure.of("speed-up at " + most + " threads: counted " + num(counted) + "x, constants " + num(immortal) + "x", v);
    }

    @Override
    public boolean agrees(Figure f) {
        return f.value("speedup-immortal") >= 1.2 * f.value("speedup-counted");
    }
}
