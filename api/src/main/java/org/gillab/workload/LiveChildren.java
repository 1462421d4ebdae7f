package org.gillab.workload;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every child process of this JVM still alive (a sweep's forks, the processes model's workers), for
 * one shutdown hook: when the parent is stopped (Ctrl-C, a SIGTERM, System.exit) its children and
 * whatever they started are killed before it goes, so that no run outlives it. A parent killed
 * outright (SIGKILL) runs no hook; its children then see their stdin close and end themselves.
 */
public final class LiveChildren {
    private LiveChildren() {}

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    /** Watches {@code p} until it exits. */
    public static void add(Process p) {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(LiveChildren::killAll, "gillab-kill-children"));
        }
        LIVE.add(p);
        p.onExit().thenRun(() -> LIVE.remove(p));
    }

    /** Kills {@code p} and its descendants (a forked sweep JVM's processes-model workers), and waits for it. */
    public static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LIVE.remove(p);
    }

    private static void killAll() {
        for (Process p : Set.copyOf(LIVE)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }
}
