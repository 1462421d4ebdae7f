package org.gillab.harness.reproduce;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.gillab.harness.metrics.CellResult;
import org.gillab.harness.report.ResultsFiles;
import org.gillab.harness.wiring.Home;

/**
 * Runs bench/cpython/sweep.py, the same workload files on this machine's CPython, and reads back its
 * results.json (gillab's schema, so its cells are {@link CellResult}s labelled
 * {@code cpython-VERSION-MODE}). A machine without python3, or a sweep.py that fails, gives no cells
 * and a one-line note instead; the caller goes on.
 */
public final class CpythonSweep {
    private CpythonSweep() {}

    /** The cells it wrote, and a note when it could not run or did not finish (null when it did). */
    public record Outcome(List<CellResult> cells, String note) {}

    /** Where sweep.py is: {@code bench/cpython} in gillab's home ({@link Home}), else under the working directory. */
    public static Path benchDirectory() {
        Path b = Home.root().resolve("bench").resolve("cpython");
        return Files.isDirectory(b) ? b : Path.of("bench", "cpython");
    }

    /** The python3 on the PATH ({@code -Dgillab.python} overrides), or null when there is none. */
    public static String python() {
        String given = System.getProperty("gillab.python");
        if (given != null) return Files.isExecutable(Path.of(given)) ? given : null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "python3"))) return Path.of(dir, "python3").toString();
        }
        return null;
    }

    /** The label suffix sweep.py gives cells run at a switch interval: {@code [interval=5ms]}, {@code [interval=500us]}. */
    public static String intervalSuffix(double seconds) {
        double us = seconds * 1e6;
        double ms = us / 1000;
        boolean wholeMicros = us >= 1000 && Math.abs(ms - Math.round(ms * 1000) / 1000.0) < 1e-9;
        String text = wholeMicros ? plain(ms) + "ms" : plain(us) + "us";
        return "[interval=" + text + "]";
    }

    private static String plain(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /**
     * Runs one plan at the given size, warm-up and repetitions, writing its results.json and log into
     * {@code workDir}.
     */
    public static Outcome run(CpythonPlan plan, double sizeFactor, int warmup, int reps, long timeoutSeconds, Path workDir) {
        return run(plan, sizeFactor, warmup, reps, PROCESSES, timeoutSeconds, workDir);
    }

    /** Python processes per cell by default, each with a fresh hash seed (pyperf runs several the same way). */
    public static final int PROCESSES = 3;

    /** The same, each cell in {@code processes} Python processes, each with a fresh PYTHONHASHSEED (recorded in its fork). */
    public static Outcome run(CpythonPlan plan, double sizeFactor, int warmup, int reps, int processes, long timeoutSeconds, Path workDir) {
        String python = python();
        if (python == null) return new Outcome(List.of(), "CPython: not run (python3 not found)");
        Path script = benchDirectory().resolve("sweep.py");
        if (!Files.isRegularFile(script)) return new Outcome(List.of(), "CPython: not run (no " + script + ")");
        try {
            Files.createDirectories(workDir);
            Path out = Files.createTempFile(workDir, "cpython-", ".json");
            Files.delete(out);
            Path log = workDir.resolve(out.getFileName().toString().replace(".json", ".log"));
            List<String> cmd = new ArrayList<>(plan.launcher());
            cmd.addAll(List.of(python, script.toString(), "--modes", String.join(",", plan.modes()),
                    "--workers", String.join(",", plan.workers().stream().map(String::valueOf).toList()),
                    "--warmup", String.valueOf(warmup), "--reps", String.valueOf(reps), "--processes", String.valueOf(processes),
                    "--scale", String.valueOf(sizeFactor),
                    "--timeout", String.valueOf(timeoutSeconds), "--out", out.toString()));
            if (plan.switchInterval() != null) cmd.addAll(List.of("--switch-interval", String.valueOf(plan.switchInterval())));
            for (Path f : plan.files()) cmd.add(f.toString());
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("PYTHONDONTWRITEBYTECODE", "1"); // no __pycache__ left in the checkout's bench/cpython
            Process p = pb.start();
            long cells = (long) plan.files().size() * plan.modes().size() * plan.workers().size();
            long limit = 60 + cells * processes * (warmup + reps) * (timeoutSeconds + 5);
            if (!p.waitFor(limit, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return new Outcome(List.of(), "CPython: not finished after " + limit + " s (log: " + log + ")");
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(out)) {
                return new Outcome(List.of(), "CPython: sweep.py failed (exit " + p.exitValue() + "): " + lastLine(log));
            }
            return new Outcome(org.gillab.harness.metrics.Metrics.withIntervals(ResultsFiles.readJson(out).cells()), null);
        } catch (IOException e) {
            return new Outcome(List.of(), "CPython: not run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(List.of(), "CPython: interrupted");
        }
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            for (int i = lines.size() - 1; i >= 0; i--) if (!lines.get(i).isBlank()) return lines.get(i).strip();
        } catch (IOException e) {
            // no log: nothing more to say
        }
        return "no output";
    }
}
