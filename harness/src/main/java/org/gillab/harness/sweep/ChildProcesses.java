package org.gillab.harness.sweep;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every JVM the sweep forked that may still be alive: on Ctrl-C (or any exit) of the parent, a
 * shutdown hook kills them and whatever they started, so that no run outlives the sweep.
 */
final class ChildProcesses {
    private ChildProcesses() {}

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::killAll, "gillab-kill-forks"));
    }

    static void add(Process p) {
        LIVE.add(p);
    }

    static void remove(Process p) {
        LIVE.remove(p);
    }

    /** Kills {@code p} and its descendants (a processes-model run's worker JVMs), and waits for it. */
    static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LIVE.remove(p);
    }

    static void killAll() {
        for (Process p : Set.copyOf(LIVE)) kill(p);
    }
}
