package org.gillab.runtime;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.ReentrantLock;

import org.gillab.obj.Args;
import org.gillab.obj.Py;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyType;

/**
 * The {@code threading} module's locks and thread identity. A lock that has to wait does so with the
 * model's lock released ({@link Blocking}), after an uncontended attempt that needs no release;
 * a wait never touches Python objects.
 *
 * <p>{@code Lock} is not owned (any thread may release it, as in CPython); {@code RLock} is owned and
 * counts re-entries.
 */
public final class ThreadingModule {
    private ThreadingModule() {}

    /** CPython's threading.TIMEOUT_MAX on 64-bit Linux. */
    static final double TIMEOUT_MAX = 9223372036.0;

    private static final String[] ACQUIRE_ARGS = {"blocking", "timeout"};

    public static PyModule create() {
        return new ModuleBuilder("threading")
                .fn("Lock", (a, kw) -> {
                    Args.exact("Lock", a, kw, 0);
                    return new PyLock();
                })
                .fn("RLock", (a, kw) -> {
                    Args.exact("RLock", a, kw, 0);
                    return new PyRLock();
                })
                .fn("get_ident", (a, kw) -> {
                    Args.exact("get_ident", a, kw, 0);
                    return PyInt.of(Thread.currentThread().getId());
                })
                .fn("get_native_id", (a, kw) -> {
                    Args.exact("get_native_id", a, kw, 0);
                    return PyInt.of(Thread.currentThread().getId());
                })
                .fn("active_count", (a, kw) -> {
                    Args.exact("active_count", a, kw, 0);
                    return PyInt.of(1);
                })
                .valueOwned("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX))
                .build();
    }

    /** The arguments of {@code acquire(blocking=True, timeout=-1)}: a timeout in nanoseconds, -1 for none, 0 not to wait. */
    private static long acquireTimeout(PyObject[] a, String[] kw) {
        PyObject[] b = Args.bind("acquire", a, kw, ACQUIRE_ARGS, 0, 2);
        boolean blocking = true;
        if (b[0] != null) {
            if (b[0] instanceof PyFloat) throw Py.typeError("'float' object cannot be interpreted as an integer");
            blocking = b[0].isTrue();
        }
        double timeout = b[1] == null ? -1 : Py.asDouble(b[1]);
        if (!blocking && timeout != -1) throw Py.valueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw Py.valueError("timeout value must be positive");
        if (timeout > TIMEOUT_MAX) throw Py.overflowError("timestamp out of range for platform time_t");
        if (!blocking) return 0;
        return timeout < 0 ? -1 : (long) (timeout * 1e9);
    }

    /**
     * Acquires with the given timeout: first without waiting; if that fails and waiting is allowed,
     * waits with the model's lock released.
     */
    private static boolean acquire(Acquirer lock, long timeoutNanos) {
        if (lock.tryNow()) return true;
        if (timeoutNanos == 0) return false;
        return Blocking.run(() -> lock.await(timeoutNanos));
    }

    /** How the two lock kinds acquire. */
    private interface Acquirer {
        boolean tryNow();

        /** Waits up to {@code nanos} (-1: without limit); no Python objects may be touched. */
        boolean await(long nanos) throws InterruptedException;
    }

    // ---------------------------------------------------------------- Lock

    /** A non-reentrant mutex any thread may release: state 0 unlocked, 1 locked. */
    private static final class Mutex extends AbstractQueuedSynchronizer implements Acquirer {
        @Override
        protected boolean tryAcquire(int ignored) {
            return compareAndSetState(0, 1);
        }

        @Override
        protected boolean tryRelease(int ignored) {
            if (!compareAndSetState(1, 0)) throw new IllegalMonitorStateException();
            return true;
        }

        @Override
        public boolean tryNow() {
            return compareAndSetState(0, 1);
        }

        @Override
        public boolean await(long nanos) throws InterruptedException {
            if (nanos < 0) {
                acquireInterruptibly(1);
                return true;
            }
            return tryAcquireNanos(1, nanos);
        }

        boolean isLocked() {
            return getState() != 0;
        }
    }

    /** {@code threading.Lock()}: owns no Python references. */
    static final class PyLock extends PyObject {
        static final PyType TYPE = PyType.builtin("lock", PyLock.class);

        final Mutex sync = new Mutex();

        @Override public PyType type() { return TYPE; }

        @Override public void release() {}

        /** {@code acquire(blocking=True, timeout=-1)} as a Java call. */
        boolean acquire(long timeoutNanos) {
            return ThreadingModule.acquire(sync, timeoutNanos);
        }

        /** {@code release()}: RuntimeError when not locked. */
        void unlock() {
            try {
                sync.release(1);
            } catch (IllegalMonitorStateException e) {
                throw Py.runtimeError("release unlocked lock");
            }
        }

        @Override
        public String repr() {
            return "<" + (sync.isLocked() ? "locked" : "unlocked") + " _thread.lock object at 0x"
                    + Long.toHexString(System.identityHashCode(this)) + ">";
        }

        static {
            TYPE.module = "_thread";
            TYPE.def("acquire", (self, a, kw) -> Py.bool(((PyLock) self).acquire(acquireTimeout(a, kw))));
            TYPE.def("acquire_lock", (self, a, kw) -> Py.bool(((PyLock) self).acquire(acquireTimeout(a, kw))));
            TYPE.def("release", (self, a, kw) -> {
                Args.exact("release", a, kw, 0);
                ((PyLock) self).unlock();
                return Py.None;
            });
            TYPE.def("release_lock", (self, a, kw) -> {
                Args.exact("release_lock", a, kw, 0);
                ((PyLock) self).unlock();
                return Py.None;
            });
            TYPE.def("locked", (self, a, kw) -> {
                Args.exact("locked", a, kw, 0);
                return Py.bool(((PyLock) self).sync.isLocked());
            });
            TYPE.def("__enter__", (self, a, kw) -> {
                Args.exact("__enter__", a, kw, 0);
                return Py.bool(((PyLock) self).acquire(-1));
            });
            TYPE.def("__exit__", (self, a, kw) -> {
                ((PyLock) self).unlock();
                return Py.None;
            });
        }
    }

    // ---------------------------------------------------------------- RLock

    /** The reentrant lock's acquisition, on a ReentrantLock. */
    private static final class Reentrant extends ReentrantLock implements Acquirer {
        @Override
        public boolean tryNow() {
            return tryLock();
        }

        @Override
        public boolean await(long nanos) throws InterruptedException {
            if (nanos < 0) {
                lockInterruptibly();
                return true;
            }
            return tryLock(nanos, TimeUnit.NANOSECONDS);
        }

        Thread ownerThread() {
            return getOwner();
        }
    }

    /** {@code threading.RLock()}: owned by the thread that acquired it, re-entrant. */
    static final class PyRLock extends PyObject {
        static final PyType TYPE = PyType.builtin("RLock", PyRLock.class);

        final Reentrant sync = new Reentrant();

        @Override public PyType type() { return TYPE; }

        @Override public void release() {}

        boolean acquire(long timeoutNanos) {
            return ThreadingModule.acquire(sync, timeoutNanos);
        }

        void unlock() {
            if (!sync.isHeldByCurrentThread()) throw Py.runtimeError("cannot release un-acquired lock");
            sync.unlock();
        }

        @Override
        public String repr() {
            Thread owner = sync.ownerThread();
            String where = " at 0x" + Long.toHexString(System.identityHashCode(this)) + ">";
            if (owner == null) return "<unlocked _thread.RLock object owner=0 count=0" + where;
            return "<locked _thread.RLock object owner=" + owner.getId() + " count=" + sync.getHoldCount() + where;
        }

        static {
            TYPE.module = "_thread";
            TYPE.def("acquire", (self, a, kw) -> Py.bool(((PyRLock) self).acquire(acquireTimeout(a, kw))));
            TYPE.def("release", (self, a, kw) -> {
                Args.exact("release", a, kw, 0);
                ((PyRLock) self).unlock();
                return Py.None;
            });
            TYPE.def("__enter__", (self, a, kw) -> {
                Args.exact("__enter__", a, kw, 0);
                return Py.bool(((PyRLock) self).acquire(-1));
            });
            TYPE.def("__exit__", (self, a, kw) -> {
                ((PyRLock) self).unlock();
                return Py.None;
            });
        }
    }
}
