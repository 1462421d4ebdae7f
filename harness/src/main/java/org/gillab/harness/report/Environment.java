package org.gillab.harness.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Where and under what conditions a sweep ran, beyond {@link Machine}: the forks' JVM flags and heap,
 * gillab's commit, the CPU's SMT and frequency governor, the kernel, and the load average before and
 * after (another program busy on the machine is the commonest reason two runs disagree). Whatever
 * cannot be read here (not Linux, no git) is null, never guessed.
 *
 * @param jvmFlags       the flags every forked JVM was started with
 * @param maxHeapBytes   the largest heap a forked JVM may grow to (this JVM's, which the forks share unless -Xmx is passed to them)
 * @param smt            whether simultaneous multithreading is on (two logical CPUs share a core's units)
 * @param loadBefore     the 1-minute load average when the sweep began; {@code loadAfter} when it ended
 * @param busy           a warning when the machine was busy (load above a quarter of its cores before or after), else null
 */
public record Environment(String jvm, List<String> jvmFlags, long maxHeapBytes, String gillabCommit, String cpu, int cores,
                          Boolean smt, String governor, String kernel, Double loadBefore, Double loadAfter, String busy) {
    public Environment {
        jvmFlags = jvmFlags == null ? List.of() : List.copyOf(jvmFlags);
    }

    /** What can be read now; {@code loadAfter} and {@code busy} are filled in by {@link #after}. */
    public static Environment before(List<String> forkFlags) {
        Machine m = Machine.here();
        List<String> flags = new ArrayList<>(forkFlags);
        return new Environment(m.jvm(), flags, Runtime.getRuntime().maxMemory(), commit(), m.cpu(), m.cores(), readSmt(),
                firstLine("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor"), readKernel(), load(), null, null);
    }

    /** Before a sweep: a warning when the machine is busy now, else null. */
    public String busyNow() {
        Double now = load();
        return now == null || now <= busyLimit() ? null : String.format(Locale.ROOT, "the machine is busy (load average %.2f on %d cores): "
                + "other programs share the CPUs, so the times will be noisier than the machine allows", now, cores);
    }

    private double busyLimit() {
        return Math.max(0.5, cores / 4.0);
    }

    /** The same, with the load now and the warning if either load was high. */
    public Environment after() {
        Double now = load();
        double limit = busyLimit();
        String warn = null;
        if (loadBefore != null && loadBefore > limit || now != null && now > limit) {
            warn = String.format(Locale.ROOT, "the machine was busy (load average %s before, %s after, on %d cores): "
                    + "other programs shared the CPUs, so the times are noisier than the machine allows", fmt(loadBefore), fmt(now), cores);
        }
        return new Environment(jvm, jvmFlags, maxHeapBytes, gillabCommit, cpu, cores, smt, governor, kernel, loadBefore, now, warn);
    }

    private static String fmt(Double d) {
        return d == null ? "unknown" : String.format(Locale.ROOT, "%.2f", d);
    }

    /** The 1-minute load average, from /proc/loadavg, or the JVM's view of it. */
    static Double load() {
        String l = firstLine("/proc/loadavg");
        if (l != null) {
            try {
                return Double.parseDouble(l.split("\\s+")[0]);
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        double v = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return v < 0 ? null : v;
    }

    private static Boolean readSmt() {
        String active = firstLine("/sys/devices/system/cpu/smt/active");
        if (active != null) return active.equals("1");
        String siblings = firstLine("/sys/devices/system/cpu/cpu0/topology/thread_siblings_list");
        return siblings == null ? null : siblings.contains(",") || siblings.contains("-");
    }

    private static String readKernel() {
        String k = firstLine("/proc/sys/kernel/osrelease");
        return k != null ? k : System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /** gillab's commit: git in the directory the launcher ran from, with "-dirty" when files differ; null without git. */
    private static String commit() {
        try {
            Process p = new ProcessBuilder("git", "describe", "--always", "--dirty", "--abbrev=12").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 && !out.isEmpty() ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String firstLine(String file) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.isEmpty() ? null : lines.get(0).strip();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
