package org.gillab.bench;

import org.gillab.obj.PyList;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A model that locks containers one by one, and the one container every thread locks. */
@State(Scope.Benchmark)
public class SectionTarget {
    @Param({"fine-grained", "free-threaded"})
    public String csModel;

    InstalledModel installed;
    PyList container;

    @Setup(Level.Trial)
    public void setUp() {
        installed = InstalledModel.install(csModel);
        container = new PyList();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        installed.close();
    }
}
