package org.gillab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.gillab.obj.Cases;
import org.gillab.obj.Heap;
import org.gillab.obj.PyBool;
import org.gillab.obj.PyBytes;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyStr;
import org.gillab.obj.PyTuple;
import org.gillab.spi.ContainerLocking;
import org.gillab.spi.Hooks;
import org.gillab.spi.PlainRefCounting;
import org.gillab.spi.Rc;
import org.gillab.vm.ThreadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** socket.socketpair(): echo round trips, end of stream, closing, timeouts, and the blocking seam. */
class SocketModuleTest {
    @BeforeAll
    static void init() {
        Builtins.dict();
    }

    @AfterEach
    void resetHooks() {
        Hooks.reset();
    }



    private static byte[] recvExactly(PyObject sock, int n) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (out.size() < n) {
            PyObject chunk = Cases.callMethod(sock, "recv", PyInt.of(100));
            byte[] b = ((PyBytes) chunk).value;
            Rc.decref(chunk);
            assertTrue(b.length > 0, "unexpected end of stream");
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }

    @Test
    void echoRoundTrip() throws Exception {
        Heap.startTracking();
        try {
            PyModule socket = SocketModule.create();
            PyTuple pair = (PyTuple) Cases.callMethod(socket, "socketpair");
            PyObject a = pair.get(0), b = pair.get(1);
            assertTrue(a.repr().startsWith("<socket.socket fd="));
            // An echo server on its own thread: reads until end of stream, writes everything back reversed per chunk.
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread echo = new Thread(() -> {
                try {
                    while (true) {
                        PyObject chunk = Cases.callMethod(b, "recv", PyInt.of(64));
                        try {
                            if (((PyBytes) chunk).value.length == 0) break;
                            Rc.decref(Cases.callMethod(b, "sendall", chunk));
                        } finally {
                            Rc.decref(chunk);
                        }
                    }
                    Rc.decref(Cases.callMethod(b, "close"));
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            echo.start();
            for (String msg : new String[] {"hello", "world", "x".repeat(1000), "caf\u00e9", "\u0000\u0001"}) {
                byte[] data = msg.getBytes(StandardCharsets.UTF_8);
                PyBytes payload = new PyBytes(data);
                assertEquals("=None", Cases.methodOutcome(a, "sendall", payload));
                Rc.decref(payload);
                assertEquals(msg, new String(recvExactly(a, data.length), StandardCharsets.UTF_8));
            }
            PyBytes one = new PyBytes(new byte[] {42});
            assertEquals("=1", Cases.methodOutcome(a, "send", one));
            Rc.decref(one);
            assertEquals(42, recvExactly(a, 1)[0]);
            Rc.decref(Cases.callMethod(a, "shutdown", PyInt.of(SocketModule.SHUT_WR)));
            echo.join(10_000);
            assertFalse(echo.isAlive());
            assertEquals(null, failure.get());
            assertEquals("=b''", Cases.methodOutcome(a, "recv", PyInt.of(10)), "end of stream once the peer closed");
            assertEquals("=None", Cases.methodOutcome(a, "close"));
            assertEquals("!OSError:[Errno 9] Bad file descriptor", Cases.methodOutcome(a, "recv", PyInt.of(1)));
            assertEquals("=-1", Cases.methodOutcome(a, "fileno"));
            Rc.decref(pair);
            Rc.decref(socket);
            Heap.AuditReport report = Heap.audit(java.util.List.of());
            assertTrue(report.clean(), report.summary() + "\n" + String.join("\n", report.details()));
        } finally {
            Heap.stopTracking();
        }
    }

    @Test
    void argumentErrorsAndTimeouts() {
        PyModule socket = SocketModule.create();
        PyTuple pair = (PyTuple) Cases.callMethod(socket, "socketpair");
        PyObject a = pair.get(0);
        PyStr text = PyStr.of("text");
        assertEquals("!TypeError:a bytes-like object is required, not 'str'", Cases.methodOutcome(a, "sendall", text));
        assertEquals("!ValueError:negative buffersize in recv", Cases.methodOutcome(a, "recv", PyInt.of(-1)));
        assertEquals("!ValueError:Timeout value out of range", Cases.methodOutcome(a, "settimeout", PyInt.of(-1)));
        assertEquals("=None", Cases.methodOutcome(a, "gettimeout"));
        assertEquals("=None", Cases.methodOutcome(a, "settimeout", new PyFloat(0.05)));
        assertEquals("=0.05", Cases.methodOutcome(a, "gettimeout"));
        long t0 = System.nanoTime();
        assertEquals("!TimeoutError:timed out", Cases.methodOutcome(a, "recv", PyInt.of(1)));
        assertTrue(System.nanoTime() - t0 >= 30_000_000L);
        assertEquals("=None", Cases.methodOutcome(a, "setblocking", PyBool.FALSE));
        assertEquals("!OSError:[Errno 11] Resource temporarily unavailable", Cases.methodOutcome(a, "recv", PyInt.of(1)));
        PyObject fam = a.getAttr("family");
        assertEquals(SocketModule.AF_UNIX, ((PyInt) fam).value);
        Rc.decref(fam);
        Rc.decref(text);
        Rc.decref(pair);
        Rc.decref(socket);
    }

    /** Dropping the last reference closes the channel: the peer sees end of stream. */
    @Test
    void releaseClosesTheChannel() {
        PyModule socket = SocketModule.create();
        PyTuple pair = (PyTuple) Cases.callMethod(socket, "socketpair");
        PyObject b = Rc.newRef(pair.get(1));
        Rc.decref(pair); // the tuple held the only reference to a
        assertEquals("=None", Cases.methodOutcome(b, "settimeout", PyInt.of(5)));
        assertEquals("=b''", Cases.methodOutcome(b, "recv", PyInt.of(10)));
        Rc.decref(b);
        Rc.decref(socket);
    }

    @Test
    void recvReleasesTheGilWhileWaiting() throws Exception {
        GilHooks gil = new GilHooks();
        Hooks.install(PlainRefCounting.INSTANCE, ContainerLocking.NONE, gil);
        PyModule socket = SocketModule.create();
        PyTuple pair = (PyTuple) Cases.callMethod(socket, "socketpair");
        PyObject a = pair.get(0), b = pair.get(1);
        AtomicReference<String> got = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            ThreadState ts = new ThreadState(null, 1);
            ts.bind();
            try {
                got.set(Cases.methodOutcome(b, "recv", PyInt.of(10)));
            } finally {
                ts.unbind();
            }
        });
        reader.start();
        Thread.sleep(100);
        ThreadState ts = new ThreadState(null, 0);
        ts.bind(); // only possible if the reader gave the GIL up while waiting
        try {
            PyBytes hi = new PyBytes("hi".getBytes(StandardCharsets.US_ASCII));
            Rc.decref(Cases.callMethod(a, "sendall", hi));
            Rc.decref(hi);
        } finally {
            ts.unbind();
        }
        reader.join(10_000);
        assertEquals("=b'hi'", got.get());
        assertTrue(gil.blocking.get() >= 2);
        assertEquals(gil.blocking.get(), gil.unblocking.get());
        Rc.decref(pair);
        Rc.decref(socket);
    }
}
