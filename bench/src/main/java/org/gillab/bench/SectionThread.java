package org.gillab.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A benchmark thread attached to the {@link SectionTarget}'s interpreter (critical sections keep per-thread state there). */
@State(Scope.Thread)
public class SectionThread {
    BoundThread thread;

    @Setup(Level.Trial)
    public void setUp(SectionTarget target) {
        thread = target.installed.attach();
        thread.release();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        thread.reacquire();
        thread.detach();
    }
}
