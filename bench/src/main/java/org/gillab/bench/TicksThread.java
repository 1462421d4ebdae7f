package org.gillab.bench;

import org.gillab.vm.ThreadState;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The only thread under gil-ticks, holding the interpreter lock throughout (nobody else wants it),
 * for the hook its ticker calls every check-interval instructions.
 */
@State(Scope.Thread)
public class TicksThread {
    private InstalledModel installed;
    private BoundThread thread;
    ThreadState state;

    @Setup(Level.Trial)
    public void setUp() {
        installed = InstalledModel.install("gil-ticks");
        thread = installed.attach();
        state = thread.state();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        thread.detach();
        installed.close();
    }
}
