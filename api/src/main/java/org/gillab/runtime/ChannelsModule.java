package org.gillab.runtime;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.gillab.obj.Args;
import org.gillab.obj.ExcTypes;
import org.gillab.obj.Py;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyType;
import org.gillab.obj.RefVisitor;
import org.gillab.spi.Rc;

/**
 * The {@code channels} module: how workers hand values to each other, one API for every model.
 *
 * <pre>
 * ch = channels.Channel(maxsize=0)   # 0: unbounded
 * ch.send(value)                      # waits while a bounded channel is full
 * value = ch.recv()                   # waits for a value; ChannelClosed once closed and drained
 * ch.close()                          # later sends raise ChannelClosed; receivers drain, then get it
 * for value in ch: ...                # receives until closed and drained
 * </pre>
 *
 * <p>Under a shared-heap model a channel is a queue of references behind its own lock, which its
 * callers hold only for a few instructions; a send or receive that has to wait does so with the
 * model's lock released, like any blocking call ({@link Blocking}). A sent value is the same object
 * the receiver gets (no copy): the channel holds a reference to it meanwhile.
 */
public final class ChannelsModule {
    private ChannelsModule() {}

    /** {@code channels.ChannelClosed}: sending on a closed channel, or receiving from a closed, empty one. */
    public static final PyType CLOSED = PyType.builtin("ChannelClosed", ExcTypes.Exception, PyType.Layout.EXCEPTION);

    static {
        CLOSED.module = "channels";
    }

    public static PyModule create() {
        return new ModuleBuilder("channels")
                .value("Channel", PyChannel.TYPE)
                .value("ChannelClosed", CLOSED)
                .value("NotShareableError", Shareable.NOT_SHAREABLE)
                .build();
    }

    /**
     * Whether channels made from now on carry copies ({@link Shareable}) instead of references: set by
     * a runner whose workers each own an interpreter, for the length of its run.
     */
    private static volatile boolean copying;

    public static void setCopying(boolean on) {
        copying = on;
    }

    /**
     * The queue behind a channel, which every handle on it shares (one per interpreter when workers
     * are isolated). It holds either references (a value is handed over as the same object) or
     * {@link Shareable} copies (a value is rebuilt in the receiver's interpreter): decided when the
     * channel is made.
     */
    public static final class Core {
        final boolean copies;
        final int maxsize;
        final ArrayDeque<Object> items = new ArrayDeque<>();
        final ReentrantLock lock = new ReentrantLock();
        final Condition notEmpty = lock.newCondition();
        final Condition notFull = lock.newCondition();
        boolean closed; // guarded by lock

        Core(int maxsize, boolean copies) {
            this.maxsize = maxsize;
            this.copies = copies;
        }

        boolean full() {
            return maxsize > 0 && items.size() >= maxsize;
        }
    }

    /** {@code channels.Channel}: a handle on a {@link Core}. */
    static final class PyChannel extends PyObject {
        static final PyType TYPE = PyType.builtin("Channel", PyChannel.class);

        final Core core;
        private final ArrayDeque<Object> items;
        private final ReentrantLock lock;
        private final Condition notEmpty;
        private final Condition notFull;

        PyChannel(Core core) {
            this.core = core;
            this.items = core.items;
            this.lock = core.lock;
            this.notEmpty = core.notEmpty;
            this.notFull = core.notFull;
        }

        @Override public PyType type() { return TYPE; }

        @Override
        public void forEachRef(RefVisitor v) {
            if (core.copies) return; // copies belong to no interpreter
            lock.lock();
            try {
                for (Object o : items) v.visit((PyObject) o);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void release() {
            if (core.copies) return; // other handles may still use the queue
            Object[] left;
            lock.lock();
            try {
                left = items.toArray();
                items.clear();
            } finally {
                lock.unlock();
            }
            for (Object o : left) Rc.decref((PyObject) o);
        }

        private boolean full() {
            return core.full();
        }

        /** Puts {@code v} in the channel; waits (the model's lock released) while it is full. */
        void send(PyObject v) {
            Object item;
            if (core.copies) {
                item = Shareable.of(v); // NotShareableError before anything is queued
            } else {
                Rc.incref(v); // the channel's reference, handed to the receiver
                item = v;
            }
            int outcome = offerNow(item);
            if (outcome == WAIT) outcome = Blocking.run(() -> offerWaiting(item));
            if (outcome == CLOSED_NOW) {
                if (!core.copies) Rc.decref(v);
                throw Py.raise(CLOSED, "send on a closed channel");
            }
        }

        private static final int SENT = 0, WAIT = 1, CLOSED_NOW = 2;

        private int offerNow(Object v) {
            lock.lock();
            try {
                if (core.closed) return CLOSED_NOW;
                if (full()) return WAIT;
                items.add(v);
                notEmpty.signal();
                return SENT;
            } finally {
                lock.unlock();
            }
        }

        /** Runs with the model's lock released: only the Java queue is touched, no Python object. */
        private int offerWaiting(Object v) throws InterruptedException {
            lock.lockInterruptibly();
            try {
                while (!core.closed && full()) notFull.await();
                if (core.closed) return CLOSED_NOW;
                items.add(v);
                notEmpty.signal();
                return SENT;
            } finally {
                lock.unlock();
            }
        }

        /** The next value (a new reference), or null once the channel is closed and drained. */
        PyObject poll() {
            Object v;
            boolean wait;
            lock.lock();
            try {
                v = items.poll();
                if (v != null) notFull.signal();
                wait = v == null && !core.closed;
            } finally {
                lock.unlock();
            }
            if (wait) v = Blocking.run(this::pollWaiting);
            if (v == null) return null;
            return core.copies ? ((Shareable) v).toPython() : (PyObject) v;
        }

        private Object pollWaiting() throws InterruptedException {
            lock.lockInterruptibly();
            try {
                while (items.isEmpty() && !core.closed) notEmpty.await();
                Object v = items.poll();
                if (v != null) notFull.signal();
                return v;
            } finally {
                lock.unlock();
            }
        }

        PyObject recv() {
            PyObject v = poll();
            if (v == null) throw Py.raise(CLOSED, "recv on a closed, empty channel");
            return v;
        }

        void close() {
            lock.lock();
            try {
                core.closed = true;
                notEmpty.signalAll();
                notFull.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public PyObject iter() {
            return Rc.newRef(this);
        }

        @Override
        public PyObject next() {
            return poll();
        }

        @Override
        public String repr() {
            lock.lock();
            try {
                return "<channels.Channel " + (core.closed ? "closed" : "open") + ", " + items.size() + " waiting"
                        + (core.maxsize > 0 ? " of " + core.maxsize : "") + ">";
            } finally {
                lock.unlock();
            }
        }

        static {
            TYPE.module = "channels";
            TYPE.constructor = (a, kw) -> {
                PyObject[] b = Args.bind("Channel", a, kw, new String[] {"maxsize"}, 0, 1);
                long max = 0;
                if (b[0] != null) {
                    if (!(b[0] instanceof PyInt)) throw Py.typeError("maxsize must be an int, not " + b[0].type().name);
                    max = Py.asIndex(b[0]);
                    if (max < 0) throw Py.valueError("maxsize must be >= 0, not " + max);
                }
                return new PyChannel(new Core((int) max, copying));
            };
            TYPE.def("send", (self, a, kw) -> {
                Args.exact("send", a, kw, 1);
                ((PyChannel) self).send(a[0]);
                return Py.None;
            });
            TYPE.def("recv", (self, a, kw) -> {
                Args.exact("recv", a, kw, 0);
                return ((PyChannel) self).recv();
            });
            TYPE.def("close", (self, a, kw) -> {
                Args.exact("close", a, kw, 0);
                ((PyChannel) self).close();
                return Py.None;
            });
        }
    }
}
