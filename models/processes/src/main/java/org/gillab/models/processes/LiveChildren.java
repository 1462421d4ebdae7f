package org.gillab.models.processes;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every child process of this JVM still alive, for one shutdown hook: when the parent is stopped
 * (Ctrl-C, a SIGTERM, System.exit) its children are killed before it goes. A parent killed outright
 * (SIGKILL) runs no hook; its children then see their stdin close and end themselves.
 */
final class LiveChildren {
    private LiveChildren() {}

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    static void add(Process p) {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(LiveChildren::killAll, "gillab-kill-children"));
        }
        LIVE.add(p);
        p.onExit().thenRun(() -> LIVE.remove(p));
    }

    private static void killAll() {
        for (Process p : LIVE) p.destroyForcibly();
    }
}
