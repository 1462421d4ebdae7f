package org.gillab.harness.sweep;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a stuck run's threads are doing, for the cell's failure reason: one short line per thread that
 * runs Python or holds a lock (its state, the lock or condition it waits on and that lock's owner, the
 * locks it holds, where it is), headed by the deadlock the JVM found, if any. Without this a hang
 * would only say "timed out", and a model's author would have to reproduce it under a debugger.
 */
final class ThreadDump {
    private ThreadDump() {}

    /** Threads that never explain a hang: the JVM's own and the harness's. */
    private static final Set<String> IGNORED = Set.of("Reference Handler", "Finalizer", "Signal Dispatcher", "Common-Cleaner",
            "Notification Thread", "Attach Listener", ForkWatchdog.THREAD_NAME);

    private static final int MAX_THREADS = 16;

    static String summary() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean syncs = mx.isSynchronizerUsageSupported();
        long[] found = syncs ? mx.findDeadlockedThreads() : mx.findMonitorDeadlockedThreads();
        Set<Long> deadlocked = new HashSet<>();
        if (found != null) for (long id : found) deadlocked.add(id);
        List<String> lines = new ArrayList<>();
        int shown = 0, left = 0;
        long self = Thread.currentThread().getId();
        for (ThreadInfo t : mx.dumpAllThreads(mx.isObjectMonitorUsageSupported(), syncs, 32)) {
            if (t == null || t.getThreadId() == self || !relevant(t, deadlocked)) continue;
            if (shown++ < MAX_THREADS) lines.add(line(t, deadlocked.contains(t.getThreadId())));
            else left++;
        }
        if (left > 0) lines.add("(" + left + " more thread(s))");
        if (lines.isEmpty()) lines.add("(no interpreter thread left)");
        String head = deadlocked.isEmpty() ? "threads at the time:" : "deadlock between " + deadlocked.size() + " threads:";
        return head + "\n  " + String.join("\n  ", lines);
    }

    private static boolean relevant(ThreadInfo t, Set<Long> deadlocked) {
        String n = t.getThreadName();
        if (IGNORED.contains(n) || n.startsWith("gillab-fork-")) return false;
        return n.startsWith("gillab-") || deadlocked.contains(t.getThreadId())
                || t.getLockedSynchronizers().length > 0 || t.getLockedMonitors().length > 0;
    }

    /** e.g. {@code gillab-worker-0 WAITING on ReentrantLock$NonfairSync@1b6d3586 held by gillab-worker-1; holds ReentrantLock$NonfairSync@4554617c; at Gil.take(Gil.java:80)}. */
    static String line(ThreadInfo t, boolean inDeadlock) {
        StringBuilder b = new StringBuilder(t.getThreadName()).append(' ').append(t.getThreadState());
        if (inDeadlock) b.append(" (deadlocked)");
        LockInfo on = t.getLockInfo();
        if (on != null) {
            b.append(" on ").append(name(on));
            if (t.getLockOwnerName() != null) b.append(" held by ").append(t.getLockOwnerName());
        }
        List<String> held = new ArrayList<>();
        for (LockInfo l : t.getLockedSynchronizers()) held.add(name(l));
        for (MonitorInfo m : t.getLockedMonitors()) held.add(name(m));
        if (!held.isEmpty()) b.append("; holds ").append(String.join(", ", held));
        String where = where(t.getStackTrace());
        if (where != null) b.append("; at ").append(where);
        return b.toString();
    }

    /** The class without its package, and the identity hash that tells two locks of one class apart. */
    static String name(LockInfo l) {
        String c = l.getClassName();
        return c.substring(c.lastIndexOf('.') + 1) + "@" + Integer.toHexString(l.getIdentityHashCode());
    }

    /** The first frame outside the JDK: the model's or the interpreter's code that is waiting. */
    private static String where(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) continue;
            return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName()
                    + (e.getLineNumber() > 0 ? "(" + e.getFileName() + ":" + e.getLineNumber() + ")" : "");
        }
        return stack.length == 0 ? null : stack[0].getClassName().substring(stack[0].getClassName().lastIndexOf('.') + 1)
                + "." + stack[0].getMethodName();
    }
}
