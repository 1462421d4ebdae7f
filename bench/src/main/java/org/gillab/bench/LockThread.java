package org.gillab.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A benchmark thread attached to the {@link LockModel}'s interpreter, not holding its lock between invocations. */
@State(Scope.Thread)
public class LockThread {
    BoundThread thread;

    @Setup(Level.Trial)
    public void setUp(LockModel model) {
        thread = model.installed.attach();
        thread.release();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        thread.reacquire();
        thread.detach();
    }
}
