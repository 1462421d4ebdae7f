package org.gillab.harness.sweep;

import java.util.function.Consumer;

/**
 * Inside a forked JVM: notices when the fork has said nothing for longer than a run may take plus half
 * the parent's grace, and sends the parent a thread dump ({@link ForkEvent#STALLED}) while there is
 * still time. The parent kills a silent JVM at the run's timeout plus the whole grace; by then only
 * this JVM can say which threads held and waited for which locks (a deadlock, a worker stuck outside
 * every safe point), so the dump is what the killed cell's reason reports.
 */
final class ForkWatchdog {
    static final String THREAD_NAME = "gillab-fork-watchdog";

    private final long limitNanos;
    private final Consumer<String> report;
    private volatile long lastProgress = System.nanoTime();

    private ForkWatchdog(long limitNanos, Consumer<String> report) {
        this.limitNanos = limitNanos;
        this.report = report;
    }

    /** Starts watching; {@code report} gets the dump once per silence. */
    static ForkWatchdog start(long timeoutSeconds, long graceSeconds, Consumer<String> report) {
        long limit = (timeoutSeconds * 1000 + graceSeconds * 500) * 1_000_000L;
        ForkWatchdog w = new ForkWatchdog(limit, report);
        Thread t = new Thread(w::watch, THREAD_NAME);
        t.setDaemon(true);
        t.start();
        return w;
    }

    /** The fork has answered: the silence starts again. */
    void progress() {
        lastProgress = System.nanoTime();
    }

    private void watch() {
        long reportedFor = -1;
        while (true) {
            long since = lastProgress;
            long wait = since + limitNanos - System.nanoTime();
            if (wait > 0) {
                sleepNanos(Math.min(wait, 200_000_000L));
                continue;
            }
            if (reportedFor != since) {
                reportedFor = since;
                report.accept("stuck for " + limitNanos / 1_000_000_000.0 + " s without a finished run; " + ThreadDump.summary());
            }
            sleepNanos(200_000_000L);
        }
    }

    private static void sleepNanos(long n) {
        try {
            Thread.sleep(n / 1_000_000, (int) (n % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
