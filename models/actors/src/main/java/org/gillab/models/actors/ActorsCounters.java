package org.gillab.models.actors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** What the actors of one run did, counted where it happens; read after the run. */
final class ActorsCounters {
    volatile long systemStartupNanos;
    final AtomicLong workerActors = new AtomicLong();
    final AtomicLong channelActors = new AtomicLong();
    /** Counted by the sending side, so that the count is complete once every worker has finished. */
    final AtomicLong channelMessages = new AtomicLong();
    final AtomicLong sendsWaited = new AtomicLong();
    final AtomicLong recvsWaited = new AtomicLong();
    final AtomicLong workerFailures = new AtomicLong();

    Map<String, Long> snapshot() {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put("actor-system-startup-ns", systemStartupNanos);
        c.put("actors-spawned", workerActors.get() + channelActors.get());
        c.put("worker-actors", workerActors.get());
        c.put("channel-actors", channelActors.get());
        c.put("channel-messages", channelMessages.get());
        c.put("channel-sends-waited", sendsWaited.get());
        c.put("channel-recvs-waited", recvsWaited.get());
        c.put("worker-failures", workerFailures.get());
        return c;
    }
}
