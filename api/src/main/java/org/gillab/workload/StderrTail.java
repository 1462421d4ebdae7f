package org.gillab.workload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a child's stderr on a thread of its own, keeping only its last few KiB: what a JVM says as
 * it dies (a bad option, an out-of-memory error) explains a death; anything else is dropped, so a
 * chatty child can neither fill the pipe and stall nor flood the report. The one such tail: a
 * sweep's forks and the processes model's workers both report their deaths with it.
 */
public final class StderrTail {
    private static final int KEEP = 4096;

    private final byte[] ring = new byte[KEEP];
    private long total; // guarded by this
    private final Thread thread;

    public StderrTail(InputStream err, String threadName) {
        thread = new Thread(() -> drain(err), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void drain(InputStream err) {
        byte[] buf = new byte[1024];
        try (err) {
            for (int n; (n = err.read(buf)) >= 0; ) {
                synchronized (this) {
                    for (int i = 0; i < n; i++) ring[(int) (total++ % KEEP)] = buf[i];
                }
            }
        } catch (IOException e) {
            // the process is gone; what was read is kept
        }
    }

    /** Waits up to {@code millis} for the stream to end (the process has exited). */
    public void await(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The kept text, whole lines only, without surrounding blank space. */
    public synchronized String text() {
        int n = (int) Math.min(total, KEEP);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) out[i] = ring[(int) ((total - n + i) % KEEP)];
        String s = new String(out, StandardCharsets.UTF_8);
        if (total > KEEP) s = s.substring(s.indexOf('\n') + 1); // the first line is cut
        return s.strip();
    }

    /** The last {@code n} lines of {@link #text}, joined by {@code " | "} (one line for a report); "" when there were none. */
    public String lastLines(int n) {
        String t = text();
        if (t.isEmpty()) return "";
        String[] lines = t.split("\\R");
        return String.join(" | ", java.util.Arrays.asList(lines).subList(Math.max(0, lines.length - n), lines.length));
    }
}
