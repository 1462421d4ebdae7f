package org.gillab.harness.reproduce;

import static org.gillab.harness.reproduce.Figure.num;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Native work outside the lock: C code that drops the GIL around a long computation is where most
 * Python programs get their parallelism under a GIL. hash-blocks hashes 256 KiB blocks with
 * SHA-256, which CPython's hashlib does with the GIL released; under {@code gil} two workers should
 * speed up as CPython's two threads do on the same file.
 */
final class NativeRelease implements Experiment {
    private static final String W = "hash-blocks";
    /** gil releases its lock around the hash; gevent keeps running the greenlet (C code holds the hub's one thread). */
    static final List<String> MODELS = List.of("gil", "gevent");

    @Override
    public String name() {
        return "native-release";
    }

    @Override
    public String source() {
        return "CPython 3.11 Modules/_hashopenssl.c (EVP_update drops the GIL from HASHLIB_GIL_MINSIZE, 2048 bytes, on); "
                + "Victor Skvortsov, \"Python behind the scenes #13: the GIL and its effects on Python multithreading\" (2021)";
    }

    @Override
    public String reference() {
        return "hashlib.sha256 on 1 vs 2 threads: 3.30 s vs 1.68 s, 1.96x [V, gil-facts 2.4]; "
                + "CPython 3.11, 2-core machine: 1.70-1.93x at 2 threads (issue 17)";
    }

    @Override
    public String band() {
        return "gil, 1 worker over 2: a speed-up of at least 1.45x (within 15 % of CPython's lowest, 1.70x); gevent at most 1.2x (no overlap)";
    }

    /** The whole SIZE at full scale: a quarter (400 blocks, about 0.1 s of hashing) is too short for a ratio. */
    @Override
    public Scale scale(Scale chosen) {
        return chosen.quick() ? chosen : chosen.withSizeFactor(1.0);
    }

    @Override
    public List<Trial> trials(Scale scale, Lab lab) {
        return List.of(Trial.of("hash", MODELS, List.of(lab.workload(W)), List.of(1, 2)));
    }

    @Override
    public List<CpythonPlan> cpython(Scale scale, Lab lab) {
        return List.of(CpythonPlan.of(Lab.files(lab.workload(W)), List.of("threads"), List.of(1, 2)));
    }

    @Override
    public Figure gillab(Cells cells) {
        Map<String, Double> v = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder("2 workers' speed-up over 1:");
        for (String m : MODELS) {
            double s = cells.wall("hash", m, W, 1) / cells.wall("hash", m, W, 2);
            v.put(m, s);
            text.append(' ').append(m).append(' ').append(num(s)).append('x');
        }
        return Figure.of(text.toString(), v);
    }

    @Override
    public Figure cpython(Cells cells) {
        double one = cells.cpython("threads", null, W, 1).wallSecondsMedian();
        double two = cells.cpython("threads", null, W, 2).wallSecondsMedian();
        return Figure.of("2 threads' speed-up over 1: " + num(one / two) + "x (" + num(two) + " s vs " + num(one) + " s)",
                Map.of("threads", one / two));
    }

    @Override
    public boolean agrees(Figure f) {
        return f.value("gil") >= 1.45 && f.value("gevent") <= 1.2;
    }
}
