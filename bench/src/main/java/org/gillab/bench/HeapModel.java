package org.gillab.bench;

import org.gillab.obj.PyDict;
import org.gillab.obj.PyList;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A shared-heap model, and the list and dict every benchmark thread shares under it. */
@State(Scope.Benchmark)
public class HeapModel {
    @Param({"unsafe", "gil", "fine-grained", "free-threaded"})
    public String model;

    InstalledModel installed;
    PyList sharedList;
    PyDict sharedDict;

    @Setup(Level.Trial)
    public void setUp() {
        installed = InstalledModel.install(model);
        sharedList = Containers.list();
        sharedDict = Containers.dict();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        installed.close();
    }
}
