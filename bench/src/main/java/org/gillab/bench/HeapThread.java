package org.gillab.bench;

import org.gillab.obj.PyDict;
import org.gillab.obj.PyList;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A benchmark thread attached to the {@link HeapModel}'s interpreter, with a list and a dict it made itself. */
@State(Scope.Thread)
public class HeapThread {
    BoundThread thread;
    PyList ownList;
    PyDict ownDict;
    int next;

    @Setup(Level.Trial)
    public void setUp(HeapModel heap) {
        thread = heap.installed.attach();
        ownList = Containers.list();
        ownDict = Containers.dict();
        thread.release();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        thread.reacquire();
        thread.detach();
    }
}
