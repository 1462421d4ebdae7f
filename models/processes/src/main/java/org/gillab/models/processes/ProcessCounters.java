package org.gillab.models.processes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

import org.gillab.runtime.CopyCounters;

/** What one run's child processes cost and did, bumped from the threads that serve them. */
final class ProcessCounters {
    final LongAdder started = new LongAdder();
    final LongAdder jvmBootNanos = new LongAdder();
    final LongAdder startupNanos = new LongAdder();
    final LongAccumulator startupMaxNanos = new LongAccumulator(Math::max, 0);
    final LongAdder bytesSent = new LongAdder();
    final LongAdder bytesReceived = new LongAdder();
    final LongAdder messages = new LongAdder();
    final LongAdder channelOps = new LongAdder();
    final LongAdder dropped = new LongAdder();
    final LongAdder transferNanos = new LongAdder();
    final LongAdder childStartupCpuNanos = new LongAdder();
    final LongAdder childWorkCpuNanos = new LongAdder();
    final LongAdder childStartupJitNanos = new LongAdder();
    final LongAdder childWorkJitNanos = new LongAdder();
    final LongAdder died = new LongAdder();
    final LongAdder killed = new LongAdder();
    /** The children's serialized copies ({@link CopyCounters}), reported with their results. */
    private final Map<String, LongAdder> copies = new ConcurrentHashMap<>();

    void addCopies(Map<String, Long> child) {
        for (Map.Entry<String, Long> e : child.entrySet()) copies.computeIfAbsent(e.getKey(), k -> new LongAdder()).add(e.getValue());
    }

    Map<String, Long> snapshot() {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put("processes-started", started.sum());
        c.put("jvm-boot-ns", jvmBootNanos.sum());
        c.put("process-startup-ns", startupNanos.sum());
        c.put("process-startup-max-ns", startupMaxNanos.get());
        c.put("child-startup-cpu-ns", childStartupCpuNanos.sum());
        c.put("child-startup-jit-ns", childStartupJitNanos.sum());
        c.put("messages", messages.sum());
        c.put("bytes-sent", bytesSent.sum());
        c.put("bytes-received", bytesReceived.sum());
        c.put("channel-ops", channelOps.sum());
        c.put("puts-dropped", dropped.sum());
        c.put("transfer-ns", transferNanos.sum());
        c.put("child-work-cpu-ns", childWorkCpuNanos.sum());
        c.put("child-work-jit-ns", childWorkJitNanos.sum());
        c.put("workers-died", died.sum());
        c.put("workers-killed", killed.sum());
        // the runner adds this JVM's own copies (the main interpreter's) to these, under the same names
        for (String k : CopyCounters.snapshot().keySet()) c.put(k, copies.containsKey(k) ? copies.get(k).sum() : 0L);
        return c;
    }
}
