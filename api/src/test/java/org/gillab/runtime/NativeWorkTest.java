package org.gillab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gillab.obj.PyBytes;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyStr;
import org.gillab.spi.ContainerLocking;
import org.gillab.spi.Hooks;
import org.gillab.spi.PlainRefCounting;
import org.gillab.spi.Rc;
import org.gillab.vm.ThreadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * hashlib and zlib release the model's lock exactly where CPython 3.11 drops the GIL: counted
 * through the blocking hooks of a test GIL.
 */
class NativeWorkTest {
    @BeforeAll
    static void init() {
        Builtins.dict();
    }

    @AfterEach
    void resetHooks() {
        Hooks.reset();
    }

    private static PyObject call(PyObject target, String name, PyObject... args) {
        PyObject fn = target.getAttr(name);
        try {
            return fn.call(args, null);
        } finally {
            Rc.decref(fn);
        }
    }

    private static PyBytes bytes(int n) {
        return new PyBytes(new byte[n]);
    }

    /** Runs {@code body} on a bound thread under the test GIL and returns how many times it released it. */
    private static int releases(Runnable body) {
        GilHooks gil = new GilHooks();
        Hooks.install(PlainRefCounting.INSTANCE, ContainerLocking.NONE, gil);
        ThreadState ts = new ThreadState(null, 0);
        ts.bind();
        try {
            body.run();
        } finally {
            ts.unbind();
            Hooks.reset();
        }
        assertEquals(gil.blocking.get(), gil.unblocking.get());
        return gil.blocking.get();
    }

    @Test
    void hashUpdateReleasesFromHashlibGilMinsizeOnAndThenAlways() {
        PyModule hashlib = HashlibModule.create();
        PyObject[] h = new PyObject[1];
        assertEquals(0, releases(() -> h[0] = call(hashlib, "sha256", bytes(HashlibModule.HASHLIB_GIL_MINSIZE - 1))));
        assertEquals(0, releases(() -> Rc.decref(call(h[0], "update", bytes(100)))));
        assertEquals(0, releases(() -> Rc.decref(call(h[0], "update", bytes(HashlibModule.HASHLIB_GIL_MINSIZE - 1)))));
        assertEquals(1, releases(() -> Rc.decref(call(h[0], "update", bytes(HashlibModule.HASHLIB_GIL_MINSIZE)))));
        // CPython keeps the object's lock once made: small updates release too from now on.
        assertEquals(1, releases(() -> Rc.decref(call(h[0], "update", bytes(1)))));
        assertEquals(0, releases(() -> Rc.decref(call(h[0], "hexdigest"))));
        Rc.decref(h[0]);
        assertEquals(1, releases(() -> Rc.decref(call(hashlib, "md5", bytes(HashlibModule.HASHLIB_GIL_MINSIZE)))));
        PyStr sha1 = PyStr.of("sha1");
        assertEquals(1, releases(() -> Rc.decref(call(hashlib, "new", sha1, bytes(4096)))));
        assertEquals(0, releases(() -> Rc.decref(call(hashlib, "new", sha1, bytes(2047)))));
        Rc.decref(sha1);
        Rc.decref(hashlib);
    }

    @Test
    void zlibCompressionAlwaysReleasesChecksumsAbove5KiB() {
        PyModule zlib = ZlibModule.create();
        assertEquals(0, releases(() -> Rc.decref(call(zlib, "crc32", bytes(5 * 1024)))));
        assertEquals(1, releases(() -> Rc.decref(call(zlib, "crc32", bytes(5 * 1024 + 1)))));
        assertEquals(0, releases(() -> Rc.decref(call(zlib, "adler32", bytes(5 * 1024)))));
        assertEquals(1, releases(() -> Rc.decref(call(zlib, "adler32", bytes(5 * 1024 + 1), PyInt.of(7)))));
        PyObject[] c = new PyObject[1];
        assertEquals(1, releases(() -> c[0] = call(zlib, "compress", bytes(10))));
        assertEquals(1, releases(() -> Rc.decref(call(zlib, "decompress", c[0]))));
        Rc.decref(c[0]);
        Rc.decref(zlib);
    }

    @Test
    void anotherThreadRunsWhileOneHashes() throws Exception {
        // With the lock released during a long update, a second thread gets the GIL at once.
        GilHooks gil = new GilHooks();
        Hooks.install(PlainRefCounting.INSTANCE, ContainerLocking.NONE, gil);
        PyModule hashlib = HashlibModule.create();
        PyBytes block = bytes(64 << 20);
        java.util.concurrent.CountDownLatch hashing = new java.util.concurrent.CountDownLatch(1);
        long[] hashedUntil = new long[1];
        Thread hasher = new Thread(() -> {
            ThreadState ts = new ThreadState(null, 1);
            ts.bind();
            try {
                PyObject h = call(hashlib, "sha512");
                hashing.countDown();
                Rc.decref(call(h, "update", block));
                hashedUntil[0] = System.nanoTime();
                Rc.decref(h);
            } finally {
                ts.unbind();
            }
        });
        hasher.start();
        hashing.await();
        Thread.sleep(5);
        ThreadState ts = new ThreadState(null, 0);
        ts.bind(); // must not wait for the whole 64 MiB digest
        long attachedAt = System.nanoTime();
        ts.unbind();
        hasher.join(60_000);
        assertTrue(attachedAt < hashedUntil[0], "the main thread waited for the hash to finish");
        Rc.decref(block);
        Rc.decref(hashlib);
    }
}
