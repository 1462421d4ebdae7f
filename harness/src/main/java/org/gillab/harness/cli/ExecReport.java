package org.gillab.harness.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;
import org.gillab.workload.RunOutcome;

/** The human-readable report of one {@code exec --model} run. */
final class ExecReport {
    private final PrintStream out;

    ExecReport(PrintStream out) {
        this.out = out;
    }

    void print(Path file, ModelFactory model, ModelOptions options, RunOutcome r) {
        if (r.info() != null) {
            out.printf("workload  %s (%s): %s%n", r.info().name(), r.info().category().label, r.info().description());
        } else {
            out.printf("workload  %s%n", file);
        }
        String opts = options.asMap().isEmpty() ? "" : " " + options.asMap();
        out.printf("model     %s%s, %d worker%s, size %d%n", model.name(), opts, r.workers(), r.workers() == 1 ? "" : "s", r.size());
        for (String e : r.errors()) out.print(indent(e));
        for (String d : r.damage()) out.println("DAMAGE    " + d);
        if (r.timedOut()) {
            out.println("hung      the run did not finish; no check, no audit");
        } else {
            List<String> per = new ArrayList<>();
            for (long c : r.workerCpuNanos()) per.add(seconds(c));
            out.printf("time      wall %s s, cpu %s s (per worker: %s)%n", seconds(r.wallNanos()), seconds(r.cpuNanos()), String.join(", ", per));
            if (!r.results().isEmpty()) out.println("results   " + String.join(", ", r.results()));
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

    private static String seconds(long nanos) {
        return String.format("%.3f", nanos / 1e9);
    }

    private static String indent(String s) {
        StringBuilder sb = new StringBuilder();
        for (String l : s.split("\n")) sb.append("ERROR     ").append(l).append('\n');
        return sb.toString();
    }
}
