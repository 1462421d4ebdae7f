package org.gillab.runtime;

import java.util.function.IntFunction;

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
    /** With copying: how long a waiting operation on a channel made from now on sleeps between tries (0: woken). */
    private static volatile long pollNanos;

    public static void setCopying(boolean on) {
        setCopying(on, 0);
    }

    /** Copying (or not), and channels that poll every {@code pollNanos} when they must wait (0: woken at once). */
    public static void setCopying(boolean on, long pollNanos) {
        copying = on;
        ChannelsModule.pollNanos = on ? pollNanos : 0;
    }

    /**
     * Where the queues of channels made from now on live, when not in this JVM (null: here). A child
     * process sets it so that a channel it makes is kept by its parent, where every worker can reach it.
     */
    private static volatile IntFunction<ChannelCore> remoteCores;

    public static void setRemoteCores(IntFunction<ChannelCore> factory) {
        remoteCores = factory;
    }

    private static ChannelCore newCore(int maxsize) {
        IntFunction<ChannelCore> remote = remoteCores;
        return remote != null ? remote.apply(maxsize) : new LocalChannelCore(maxsize, copying, pollNanos);
    }

    /** A handle on {@code core} in the calling thread's interpreter. */
    public static PyObject handle(ChannelCore core) {
        return new PyChannel(core);
    }

    /** {@code channels.Channel}: a handle on a {@link ChannelCore}. */
    static final class PyChannel extends PyObject {
        static final PyType TYPE = PyType.builtin("Channel", PyChannel.class);

        final ChannelCore core;

        PyChannel(ChannelCore core) {
            this.core = core;
        }

        @Override public PyType type() { return TYPE; }

        @Override
        public void forEachRef(RefVisitor v) {
            if (core.copies()) return; // copies belong to no interpreter
            for (Object o : core.snapshot()) v.visit((PyObject) o);
        }

        @Override
        public void release() {
            if (core.copies()) return; // other handles may still use the queue
            for (Object o : core.drain()) Rc.decref((PyObject) o);
        }

        /** Puts {@code v} in the channel; waits (the model's lock released) while it is full. */
        void send(PyObject v) {
            Object item;
            if (core.copies()) {
                item = Shareable.of(v); // NotShareableError before anything is queued
            } else {
                Rc.incref(v); // the channel's reference, handed to the receiver
                item = v;
            }
            int outcome = core.trySend(item);
            if (outcome == ChannelCore.WAIT) outcome = Blocking.run(() -> core.sendWaiting(item));
            if (outcome == ChannelCore.CLOSED) {
                if (!core.copies()) Rc.decref(v);
                throw Py.raise(CLOSED, "send on a closed channel");
            }
        }

        /** The next value (a new reference), or null once the channel is closed and drained. */
        PyObject poll() {
            Object v = core.tryRecv();
            if (v == ChannelCore.WOULD_WAIT) v = Blocking.run(core::recvWaiting);
            if (v == null) return null;
            return core.copies() ? ((Shareable) v).toPython() : (PyObject) v;
        }

        PyObject recv() {
            PyObject v = poll();
            if (v == null) throw Py.raise(CLOSED, "recv on a closed, empty channel");
            return v;
        }

        void close() {
            core.close();
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
            return "<channels.Channel " + core.describe() + ">";
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
                return new PyChannel(newCore((int) max));
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
