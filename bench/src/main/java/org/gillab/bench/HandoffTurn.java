package org.gillab.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Control;

/**
 * Whose turn it is to take the lock next, among the threads of one JMH group: the lock itself
 * promises no order (a GIL dropped is often taken back by the thread that dropped it), so the turn
 * forces every take to be a hand-off to another thread.
 */
@State(Scope.Group)
public class HandoffTurn {
    private volatile int turn;

    /**
     * Spins until it is {@code seat}'s turn; false if the measurement ended meanwhile (the other
     * threads may have left, and would never pass the turn).
     */
    boolean await(int seat, Control control) {
        for (int spins = 0; turn != seat; spins++) {
            if (control.stopMeasurement) return false;
            // then yield: on a machine with as many cores as busy threads, the thread being woken (or
            // the cooperative model's loop thread) needs this core
            if (spins < SPINS) Thread.onSpinWait();
            else Thread.yield();
        }
        return true;
    }

    private static final int SPINS = 100;

    void pass(int next) {
        turn = next;
    }
}
