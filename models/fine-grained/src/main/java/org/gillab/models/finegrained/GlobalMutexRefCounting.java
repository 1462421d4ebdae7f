package org.gillab.models.finegrained;

import java.util.concurrent.locks.ReentrantLock;

import org.gillab.obj.PyObject;
import org.gillab.spi.Rc;

/**
 * The Linux build of Greg Stein's patch: one process-wide mutex around every change of every
 * reference count, so that {@code Py_INCREF}/{@code Py_DECREF} became lock, add, unlock.
 *
 * <p>The statistics are plain fields written only while the mutex is held: the mutex that makes
 * the counts exact makes its own bookkeeping exact too, for no extra synchronisation. Nothing that
 * can throw or re-enter runs inside it: deallocation (which decrefs the object's children) and the
 * use-after-free report happen after the unlock.
 */
final class GlobalMutexRefCounting implements CountedRefCounting {
    private final ReentrantLock mutex = new ReentrantLock();
    private final boolean skipImmortals;

    private long acquisitions;
    private long contended;
    private long waitNs;

    GlobalMutexRefCounting(boolean skipImmortals) {
        this.skipImmortals = skipImmortals;
    }

    @Override
    public void incref(PyObject o) {
        // an unlocked read is enough to skip: a count at IMMORTAL never changes again
        if (skipImmortals && o.refcnt >= Rc.IMMORTAL) return;
        increfLocked(o);
    }

    private void increfLocked(PyObject o) {
        lock();
        int c = o.refcnt;
        if (c > 0 && c < Rc.IMMORTAL) o.refcnt = c + 1;
        mutex.unlock();
        if (c <= 0) Rc.useAfterFree(o, "incref");
    }

    @Override
    public void decref(PyObject o) {
        if (skipImmortals && o.refcnt >= Rc.IMMORTAL) return;
        decrefLocked(o);
    }

    private void decrefLocked(PyObject o) {
        lock();
        int c = o.refcnt;
        if (c > 0 && c < Rc.IMMORTAL) o.refcnt = c - 1;
        mutex.unlock();
        if (c <= 1) decrefOutside(o, c);
    }

    private static void decrefOutside(PyObject o, int c) {
        if (c == 1) Rc.deallocate(o); // the count is 0 now: no other thread may hold a reference
        else Rc.useAfterFree(o, "decref");
    }

    @Override
    public boolean isUnique(PyObject o) {
        lock();
        boolean unique = o.refcnt == 1;
        mutex.unlock();
        return unique;
    }

    @Override
    public boolean tryIncref(PyObject o) {
        if (skipImmortals && o.refcnt >= Rc.IMMORTAL) return true;
        lock();
        int c = o.refcnt;
        if (c > 0 && c < Rc.IMMORTAL) o.refcnt = c + 1;
        mutex.unlock();
        return c > 0; // 0: another thread is deallocating it
    }

    @Override
    public int count(PyObject o) {
        lock();
        int c = o.refcnt;
        mutex.unlock();
        return c;
    }

    private void lock() {
        if (!mutex.tryLock()) lockContended();
        acquisitions++;
    }

    private void lockContended() {
        long t0 = System.nanoTime();
        mutex.lock();
        contended++;
        waitNs += System.nanoTime() - t0;
    }

    @Override
    public LockStats lockStats() {
        mutex.lock();
        try {
            return new LockStats(acquisitions, contended, waitNs);
        } finally {
            mutex.unlock();
        }
    }
}
