package org.gillab.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/** A thread's place in its group's round of hand-offs. */
@State(Scope.Thread)
public class HandoffSeat {
    int seat;
    int next;

    @Setup(Level.Trial)
    public void setUp(ThreadParams params) {
        seat = params.getGroupThreadIndex();
        next = (seat + 1) % params.getGroupThreadCount();
    }
}
