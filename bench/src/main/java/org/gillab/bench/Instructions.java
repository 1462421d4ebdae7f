package org.gillab.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A secondary score: interpreted instructions (bytecodes) executed, reported per unit of time. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Instructions {
    public long bytecodes;

    @Setup(Level.Iteration)
    public void reset() {
        bytecodes = 0;
    }
}
