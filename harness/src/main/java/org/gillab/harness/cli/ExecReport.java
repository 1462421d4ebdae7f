package org.gillab.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;
import org.gillab.workload.RunOutcome;

/** The human-readable report of one {@code exec --model} run. */
final class ExecReport {
    private final PrintWriter out;

    ExecReport(PrintWriter out) {
        this.out = out;
    }

    /** Reports the last of {@code runs}; with several, the time line gives their median and range. */
    void print(Path file, ModelFactory model, ModelOptions options, List<RunOutcome> runs) {
        RunOutcome r = runs.get(runs.size() - 1);
        if (r.info() != null) {
            out.printf("workload  %s (%s): %s%n", r.info().name(), r.info().category().label, r.info().description());
        } else {
            out.printf("workload  %s%n", file);
        }
        String opts = options.asMap().isEmpty() ? "" : " " + options.asMap();
        out.printf("model     %s%s, %d worker%s, size %d%n", model.name(), opts, r.workers(), r.workers() == 1 ? "" : "s", r.size());
        if (r.notApplicable() != null) {
            out.println("n/a       not applicable to this model: " + r.notApplicable());
            out.println("exit      " + r.exitCode());
            return;
        }
        for (String e : r.errors()) out.print(indent(e));
        for (String d : r.damage()) out.println("DAMAGE    " + d);
        if (r.timedOut()) {
            out.println("hung      the run did not finish; no check, no audit");
        } else {
            List<String> per = new ArrayList<>();
            if (r.workerCpuNanos().size() <= 8) {
                for (long c : r.workerCpuNanos()) per.add(seconds(c));
            } else { // many workers: their spread, not a wall of numbers
                long[] c = r.workerCpuNanos().stream().mapToLong(Long::longValue).sorted().toArray();
                per.add("min " + seconds(c[0]) + ", median " + seconds(median(c)) + ", max " + seconds(c[c.length - 1]));
            }
            if (runs.size() == 1) {
                out.printf("time      wall %s s, cpu %s s (per worker: %s)%n", seconds(r.wallNanos()), seconds(r.cpuNanos()), String.join(", ", per));
            } else {
                long[] wall = runs.stream().mapToLong(RunOutcome::wallNanos).sorted().toArray();
                long[] cpu = runs.stream().mapToLong(RunOutcome::cpuNanos).sorted().toArray();
                out.printf("time      wall median %s s (min %s, max %s), cpu median %s s, over %d runs%n",
                        seconds(median(wall)), seconds(wall[0]), seconds(wall[wall.length - 1]), seconds(median(cpu)), runs.size());
                printEveryRun(out, runs.stream().mapToLong(RunOutcome::wallNanos).toArray());
            }
            if (!r.results().isEmpty()) {
                List<String> shown = r.results().size() <= 8 ? r.results() : r.results().subList(0, 8);
                out.println("results   " + String.join(", ", shown) + (shown.size() < r.results().size()
                        ? ", ... (" + r.results().size() + " in all)" : ""));
            }
            out.println("check     " + switch (r.check()) {
                case PASSED -> "passed";
                case FAILED -> "FAILED";
                case NO_CHECK -> "none (the workload has no check)";
                case NOT_RUN -> "not run";
            });
            if (r.audit() != null) {
                out.println("audit     " + r.audit().summary().replaceFirst("^refcount audit: ", ""));
                for (String d : r.audit().details()) out.println("            " + d);
            }
        }
        if (!r.counters().isEmpty()) {
            out.println("counters");
            for (Map.Entry<String, Long> e : r.counters().entrySet()) out.printf("  %-28s %,d%n", e.getKey(), e.getValue());
        }
        out.println("exit      " + r.exitCode());
    }

    /** The time lines of a plain program's timed runs ({@code exec --warmup K --runs N} without a model), in run order. */
    static void printWallTimes(PrintWriter out, long[] inOrder) {
        long[] wall = inOrder.clone();
        java.util.Arrays.sort(wall);
        out.printf("time      wall median %s s (min %s, max %s), over %d run%s%n",
                seconds(median(wall)), seconds(wall[0]), seconds(wall[wall.length - 1]), wall.length, wall.length == 1 ? "" : "s");
        printEveryRun(out, inOrder);
    }

    /** Every timed run's wall time in the order they ran, for scripts that study the spread (bench/stability.sh). */
    private static void printEveryRun(PrintWriter out, long[] inOrder) {
        List<String> each = new ArrayList<>();
        for (long w : inOrder) each.add(seconds(w));
        out.println("runs      wall s in run order: " + String.join(" ", each));
    }

    private static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String seconds(long nanos) {
        return String.format("%.3f", nanos / 1e9);
    }

    private static String indent(String s) {
        StringBuilder sb = new StringBuilder();
        for (String l : s.split("\n")) sb.append("ERROR     ").append(l).append('\n');
        return sb.toString();
    }
}
