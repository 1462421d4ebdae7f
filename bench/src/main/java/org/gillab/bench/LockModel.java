package org.gillab.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A model with a lock a thread takes to run Python code, installed for the trial. */
@State(Scope.Benchmark)
public class LockModel {
    @Param({"gil", "gil-ticks", "gevent"})
    public String lockModel;

    InstalledModel installed;

    @Setup(Level.Trial)
    public void setUp() {
        installed = InstalledModel.install(lockModel);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        installed.close();
    }
}
