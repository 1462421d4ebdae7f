package org.gillab.models.finegrained;

import java.util.concurrent.locks.ReentrantLock;

import org.gillab.obj.PyObject;
import org.gillab.spi.ContainerLocking;
import org.gillab.spi.ObjectHeader;

/**
 * The patch's list and dictionary mutexes: every list, dict, set and instance-dict access holds the
 * container's own mutex. The mutex is made on the container's first access and published in
 * {@link PyObject#lock} with a compare-and-set, so that two threads racing to lock a fresh container
 * agree on one mutex. It is re-entrant because an operation may reach the same container again
 * (a list extended by itself, a dict whose key's {@code __eq__} reads that dict).
 *
 * <p>Per-object locks taken one inside another can deadlock: a thread inside dict A that runs a
 * key's {@code __eq__} which touches dict B, while another thread inside B reaches A. The patch had
 * this hazard; this model keeps it (see docs/models/fine-grained.md).
 */
final class PerContainerLocking implements ContainerLocking {

    private final ContainerCounters counters;

    PerContainerLocking(ContainerCounters counters) {
        this.counters = counters;
    }

    @Override
    public void enter(PyObject container) {
        Object l = container.lock;
        ReentrantLock m = l != null ? (ReentrantLock) l : install(container);
        if (!m.tryLock()) waitFor(m);
        counters.add(ContainerCounters.ACQUISITIONS, 1);
    }

    @Override
    public void exit(PyObject container) {
        ((ReentrantLock) container.lock).unlock();
    }

    private ReentrantLock install(PyObject container) {
        ReentrantLock[] made = {null};
        ReentrantLock m = (ReentrantLock) ObjectHeader.lockOf(container, () -> made[0] = new ReentrantLock());
        if (m == made[0]) counters.add(ContainerCounters.CREATED, 1);
        return m;
    }

    private void waitFor(ReentrantLock m) {
        long t0 = System.nanoTime();
        m.lock();
        counters.add(ContainerCounters.WAIT_NS, System.nanoTime() - t0);
        counters.add(ContainerCounters.CONTENDED, 1);
    }
}
