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
 * @param loadBefore     the 1-minute load average when the sweep began; {@code loadAfter} when it ended (for the record: a
 *                       1-minute average lags, and includes the build the launcher may just have run and the sweep's own forks)
 * @param cpuBusyBefore  the share of all CPUs busy over half a second just before the sweep (/proc/stat); {@code cpuBusyAfter}
 *                       just after its last fork ended: what other programs were doing, with nothing of the sweep running
 * @param busy           a warning when the machine was busy (more than a quarter of its CPUs busy before or after), else null
 */
public record Environment(String jvm, List<String> jvmFlags, long maxHeapBytes, String gillabCommit, String cpu, int cores,
                          Boolean smt, String governor, String kernel, Double loadBefore, Double loadAfter, String busy,
                          Double cpuBusyBefore, Double cpuBusyAfter) {
    /** The share of CPU time busy above which the machine counts as busy. */
    static final double BUSY_SHARE = 0.25;

    public Environment {
        jvmFlags = jvmFlags == null ? List.of() : List.copyOf(jvmFlags);
    }

    /** As version 2's first files had it, without the CPU samples. */
    public Environment(String jvm, List<String> jvmFlags, long maxHeapBytes, String gillabCommit, String cpu, int cores,
                       Boolean smt, String governor, String kernel, Double loadBefore, Double loadAfter, String busy) {
        this(jvm, jvmFlags, maxHeapBytes, gillabCommit, cpu, cores, smt, governor, kernel, loadBefore, loadAfter, busy, null, null);
    }

    /** What can be read now; {@code loadAfter} and {@code busy} are filled in by {@link #after}. */
    public static Environment before(List<String> forkFlags) {
        Machine m = Machine.here();
        List<String> flags = new ArrayList<>(forkFlags);
        return new Environment(m.jvm(), flags, Runtime.getRuntime().maxMemory(), commit(), m.cpu(), m.cores(), readSmt(),
                firstLine("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor"), readKernel(), load(), null, null, cpuBusy(), null);
    }

    /** Before a sweep: a warning when the machine is busy now, else null. */
    public String busyNow() {
        return cpuBusyBefore == null || cpuBusyBefore <= BUSY_SHARE ? null : String.format(Locale.ROOT,
                "the machine is busy (%.0f %% of its %d CPUs in use by other programs): the times will be noisier than the machine allows",
                cpuBusyBefore * 100, cores);
    }

    /** The same, with the load and a CPU sample now (no fork runs any more) and the warning if either sample was busy. */
    public Environment after() {
        Double now = load();
        Double busyNow = cpuBusy();
        String warn = null;
        if (cpuBusyBefore != null && cpuBusyBefore > BUSY_SHARE || busyNow != null && busyNow > BUSY_SHARE) {
            warn = String.format(Locale.ROOT, "the machine was busy (%s of its %d CPUs in use by other programs before, %s after): "
                    + "the times are noisier than the machine allows", pct(cpuBusyBefore), cores, pct(busyNow));
        }
        return new Environment(jvm, jvmFlags, maxHeapBytes, gillabCommit, cpu, cores, smt, governor, kernel, loadBefore, now, warn,
                cpuBusyBefore, busyNow);
    }

    private static String pct(Double d) {
        return d == null ? "unknown" : String.format(Locale.ROOT, "%.0f %%", d * 100);
    }

    /**
     * The share of all CPUs' time spent busy over half a second, from the first line of /proc/stat
     * (idle and iowait count as idle); null where it cannot be read. Unlike the load average it does
     * not lag, so the build the launcher just ran does not count.
     */
    static Double cpuBusy() {
        long[] a = cpuTimes();
        if (a == null) return null;
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        long[] b = cpuTimes();
        if (b == null) return null;
        long total = b[0] - a[0], idle = b[1] - a[1];
        return total <= 0 ? null : Math.max(0, Math.min(1, 1.0 - (double) idle / total));
    }

    /** {total, idle + iowait} jiffies since boot, or null. */
    private static long[] cpuTimes() {
        String l = firstLine("/proc/stat");
        if (l == null || !l.startsWith("cpu ")) return null;
        String[] f = l.trim().split("\\s+");
        try {
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) total += Long.parseLong(f[i]); // user .. steal
            return new long[] {total, Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0)};
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
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
