package org.gillab.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.gillab.obj.Args;
import org.gillab.obj.ExcTypes;
import org.gillab.obj.Py;
import org.gillab.obj.PyBytes;
import org.gillab.obj.PyException;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyTuple;
import org.gillab.obj.PyType;
import org.gillab.spi.Rc;

/**
 * The {@code socket} module, as far as connected stream pairs go: {@code socketpair()} returns two
 * connected sockets (a loopback TCP connection with TCP_NODELAY, made through a listening channel
 * that is closed at once). Every call that can block runs with the model's lock released
 * ({@link Blocking}); I/O errors become OSError and its subclasses.
 */
public final class SocketModule {
    private SocketModule() {}

    public static final int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10, SOCK_STREAM = 1;
    public static final int SHUT_RD = 0, SHUT_WR = 1, SHUT_RDWR = 2;

    /** The largest single read: recv(n) may return fewer bytes than asked for, as any stream read may. */
    private static final int MAX_READ = 256 * 1024;

    public static PyModule create() {
        return new ModuleBuilder("socket")
                .fn("socketpair", (a, kw) -> {
                    PyObject[] b = Args.bind("socketpair", a, kw, new String[] {"family", "type", "proto"}, 0, 3);
                    long family = b[0] == null || b[0] == Py.None ? AF_UNIX : Py.asLong(b[0]);
                    long type = b[1] == null ? SOCK_STREAM : Py.asLong(b[1]);
                    if (family != AF_UNIX && family != AF_INET) throw Py.osError("[Errno 97] Address family not supported by protocol");
                    if (type != SOCK_STREAM) throw Py.osError("[Errno 94] Socket type not supported");
                    SocketChannel[] pair = Blocking.run(SocketModule::connectedPair);
                    return new PyTuple(new PyObject[] {new PySocket(pair[0], (int) family), new PySocket(pair[1], (int) family)});
                })
                .valueOwned("AF_UNIX", PyInt.of(AF_UNIX))
                .valueOwned("AF_INET", PyInt.of(AF_INET))
                .valueOwned("AF_INET6", PyInt.of(AF_INET6))
                .valueOwned("SOCK_STREAM", PyInt.of(SOCK_STREAM))
                .valueOwned("SHUT_RD", PyInt.of(SHUT_RD))
                .valueOwned("SHUT_WR", PyInt.of(SHUT_WR))
                .valueOwned("SHUT_RDWR", PyInt.of(SHUT_RDWR))
                .value("socket", PySocket.TYPE)
                .value("error", ExcTypes.OSError)
                .value("timeout", ExcTypes.TimeoutError)
                .build();
    }

    /** Two connected loopback channels (no Python objects: runs with the model's lock released). */
    static SocketChannel[] connectedPair() throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
            for (int attempt = 0; ; attempt++) {
                SocketChannel a = SocketChannel.open(server.getLocalAddress());
                SocketChannel b = null;
                try {
                    b = server.accept();
                    // Another process may connect to the port first: keep only our own connection.
                    if (b.getRemoteAddress().equals(a.getLocalAddress())) {
                        a.setOption(StandardSocketOptions.TCP_NODELAY, true);
                        b.setOption(StandardSocketOptions.TCP_NODELAY, true);
                        return new SocketChannel[] {a, b};
                    }
                } catch (IOException | RuntimeException e) {
                    a.close();
                    if (b != null) b.close();
                    throw e;
                }
                a.close();
                b.close();
                if (attempt >= 8) throw new IOException("socketpair: could not make a private connection");
            }
        }
    }

    private static final AtomicInteger NEXT_FD = new AtomicInteger(3);

    /** A connected stream socket. Owns its channel (closed by close() or when the object dies) and no Python references. */
    static final class PySocket extends PyObject {
        static final PyType TYPE = PyType.builtin("socket", PySocket.class);

        private final SocketChannel ch;
        private final int fd;
        private final int family;
        private volatile boolean closed;
        /** The timeout in seconds: negative for None (blocking), 0 for non-blocking. */
        private volatile double timeout = -1;
        private InputStream in;

        PySocket(SocketChannel ch, int family) {
            this.ch = ch;
            this.family = family;
            this.fd = NEXT_FD.getAndIncrement();
        }

        @Override public PyType type() { return TYPE; }

        @Override public boolean genericGetAttr() { return false; }

        @Override
        public PyObject getAttr(String name) {
            switch (name) {
                case "family": return PyInt.of(family);
                case "type": return PyInt.of(SOCK_STREAM);
                case "proto": return PyInt.of(0);
                case "timeout": return timeout < 0 ? Py.None : new PyFloat(timeout);
                default: return super.getAttr(name);
            }
        }

        /** Closes the channel when the last reference goes. */
        @Override
        public void release() {
            closeQuietly();
        }

        void closeQuietly() {
            closed = true;
            try {
                ch.close();
            } catch (IOException e) {
                // closing for good: nothing to report to
            }
        }

        private void checkOpen() {
            if (closed) throw Py.osError("[Errno 9] Bad file descriptor");
        }

        private synchronized InputStream input() throws IOException {
            if (in == null) in = ch.socket().getInputStream();
            return in;
        }

        /** recv(n): up to n bytes, b'' at end of stream. */
        PyObject recv(int n) {
            checkOpen();
            if (n == 0) return new PyBytes(new byte[0]);
            byte[] buf = new byte[Math.min(n, MAX_READ)];
            int got;
            double t = timeout;
            try {
                got = t == 0 ? readNow(buf) : Blocking.run(() -> input().read(buf, 0, buf.length));
            } catch (PyException e) {
                if (!closed || !e.matches(ExcTypes.OSError)) throw e;
                Rc.decref(e.value); // closed by another thread while waiting
                throw Py.osError("[Errno 9] Bad file descriptor");
            }
            if (got < 0) got = 0;
            return new PyBytes(got == buf.length ? buf : Arrays.copyOf(buf, got));
        }

        /** A read that must not wait (timeout 0): OSError EAGAIN when nothing is there yet. */
        private int readNow(byte[] buf) {
            int got;
            try {
                synchronized (this) {
                    ch.configureBlocking(false);
                    try {
                        got = ch.read(ByteBuffer.wrap(buf));
                    } finally {
                        ch.configureBlocking(true);
                    }
                }
            } catch (IOException e) {
                throw Blocking.osError(e);
            }
            if (got == 0) throw Py.osError("[Errno 11] Resource temporarily unavailable");
            return got;
        }

        /** sendall(data): writes everything. */
        void sendAll(byte[] data) {
            checkOpen();
            Blocking.run(() -> {
                ByteBuffer bb = ByteBuffer.wrap(data);
                while (bb.hasRemaining()) ch.write(bb);
                return null;
            });
        }

        /** send(data): one write; the number of bytes written. */
        int send(byte[] data) {
            checkOpen();
            return Blocking.run(() -> ch.write(ByteBuffer.wrap(data)));
        }

        void setTimeout(PyObject value) {
            double t;
            if (value == Py.None) {
                t = -1;
            } else {
                t = Py.asDouble(value);
                if (Double.isNaN(t)) throw Py.valueError("Invalid value NaN (not a number)");
                if (t < 0) throw Py.valueError("Timeout value out of range");
            }
            timeout = t;
            try {
                ch.socket().setSoTimeout(t <= 0 ? 0 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(t * 1000))));
            } catch (SocketException e) {
                throw Blocking.osError(e);
            }
        }

        @Override
        public String repr() {
            return "<socket.socket fd=" + (closed ? -1 : fd) + ", family=" + family + ", type=" + SOCK_STREAM + ", proto=0>";
        }

        private static PySocket self(PyObject o) {
            return (PySocket) o;
        }

        private static byte[] data(PyObject o) {
            if (o instanceof PyBytes b) return b.value;
            throw Py.typeError("a bytes-like object is required, not '" + o.type().name + "'");
        }

        static {
            TYPE.module = "socket";
            TYPE.def("recv", (s, a, kw) -> {
                Args.between("recv", a, kw, 1, 2);
                if (a[0] instanceof PyFloat) throw Py.typeError("'float' object cannot be interpreted as an integer");
                long n = Py.asLong(a[0]);
                if (n < 0) throw Py.valueError("negative buffersize in recv");
                return self(s).recv((int) Math.min(n, Integer.MAX_VALUE));
            });
            TYPE.def("sendall", (s, a, kw) -> {
                Args.between("sendall", a, kw, 1, 2);
                self(s).sendAll(data(a[0]));
                return Py.None;
            });
            TYPE.def("send", (s, a, kw) -> {
                Args.between("send", a, kw, 1, 2);
                return PyInt.of(self(s).send(data(a[0])));
            });
            TYPE.def("close", (s, a, kw) -> {
                Args.exact("close", a, kw, 0);
                self(s).closeQuietly();
                return Py.None;
            });
            TYPE.def("shutdown", (s, a, kw) -> {
                Args.exact("shutdown", a, kw, 1);
                PySocket sock = self(s);
                sock.checkOpen();
                long how = Py.asLong(a[0]);
                if (how < SHUT_RD || how > SHUT_RDWR) throw Py.osError("[Errno 22] Invalid argument");
                try {
                    if (how != SHUT_WR) sock.ch.shutdownInput();
                    if (how != SHUT_RD) sock.ch.shutdownOutput();
                } catch (IOException e) {
                    throw Blocking.osError(e);
                }
                return Py.None;
            });
            TYPE.def("fileno", (s, a, kw) -> {
                Args.exact("fileno", a, kw, 0);
                return PyInt.of(self(s).closed ? -1 : self(s).fd);
            });
            TYPE.def("settimeout", (s, a, kw) -> {
                Args.exact("settimeout", a, kw, 1);
                self(s).setTimeout(a[0]);
                return Py.None;
            });
            TYPE.def("gettimeout", (s, a, kw) -> {
                Args.exact("gettimeout", a, kw, 0);
                double t = self(s).timeout;
                return t < 0 ? Py.None : new PyFloat(t);
            });
            TYPE.def("setblocking", (s, a, kw) -> {
                Args.exact("setblocking", a, kw, 1);
                self(s).setTimeout(a[0].isTrue() ? Py.None : PyInt.of(0));
                return Py.None;
            });
            TYPE.def("__enter__", (s, a, kw) -> Rc.newRef(s));
            TYPE.def("__exit__", (s, a, kw) -> {
                self(s).closeQuietly();
                return Py.None;
            });
        }
    }
}
