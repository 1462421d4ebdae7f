package org.gillab.models.freethreaded;

import java.util.Arrays;

import org.gillab.vm.ThreadState;

/** What the model keeps per attached thread ({@link ThreadState#modelData}). */
final class ThreadData {
    final SectionStack sections = new SectionStack();
    /** This thread's changes to the counts of deferred objects, by table index (see {@link DeferredObjects}). */
    int[] deferredDeltas = new int[0];

    /** The calling thread's data, or null if it is not attached to this model. */
    static ThreadData current() {
        ThreadState ts = ThreadState.bound();
        return ts != null && ts.modelData instanceof ThreadData d ? d : null;
    }

    void addDeferred(int index, int delta) {
        int[] d = deferredDeltas;
        if (index >= d.length) deferredDeltas = d = Arrays.copyOf(d, Math.max(index + 1, d.length * 2));
        d[index] += delta;
    }
}
