package org.gillab.models.freethreaded;

import org.gillab.obj.PyObject;
import org.gillab.spi.ContainerLocking;
import org.gillab.spi.ObjectHeader;

/**
 * Per-object critical sections around every list, dict, set and instance-dict access (PEP 703's
 * {@code Py_BEGIN_CRITICAL_SECTION(op)} / {@code Py_END_CRITICAL_SECTION}). The lock is created on
 * first use and installed in {@link PyObject#lock} with a compare-and-swap; a thread re-entering an
 * object it already holds only counts the nesting. Lock reads of list and dict items are not taken
 * here at all when {@link #optimisticReads} is on (see {@link OptimisticCriticalSections}).
 */
class CriticalSections implements ContainerLocking {

    private final int spins;

    CriticalSections(int spins) {
        this.spins = spins;
    }

    @Override
    public void enter(PyObject c) {
        ObjectMutex m = mutexOf(c);
        Thread me = Thread.currentThread();
        ThreadData td = ThreadData.current();
        if (m.holder() == me) m.depth++;
        else if (m.tryLock()) m.taken(me);
        else lockContended(m, me, td);
        if (td != null) td.sections.push(m);
    }

    private void lockContended(ObjectMutex m, Thread me, ThreadData td) {
        if (td != null) td.sections.contended++;
        long since = System.nanoTime(); // lock.c: time_to_be_fair counts from the start of the slow path
        if (!m.spin(spins)) {
            if (td != null) td.sections.suspendAll(); // never wait while holding another object's lock
            m.lockParked(since);
        }
        m.taken(me);
    }

    @Override
    public void exit(PyObject c) {
        ObjectMutex m = (ObjectMutex) c.lock;
        ThreadData td = ThreadData.current();
        if (td == null) m.exitOne();
        else td.sections.exit(m, Thread.currentThread(), spins);
    }

    static ObjectMutex mutexOf(PyObject c) {
        return (ObjectMutex) ObjectHeader.lockOf(c, ObjectMutex::new);
    }
}
