package org.gillab.runtime;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.gillab.obj.Args;
import org.gillab.obj.NativeFn;
import org.gillab.obj.Py;
import org.gillab.obj.PyBytes;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyStr;
import org.gillab.obj.PyType;

/**
 * The {@code hashlib} module for md5, sha1, sha256 and sha512, over the JDK's {@link MessageDigest}.
 *
 * <p>Where the model's lock is released follows CPython 3.11's {@code Modules/_hashopenssl.c} (the
 * OpenSSL-backed objects {@code hashlib} hands out): {@code update} with a buffer of
 * {@link #HASHLIB_GIL_MINSIZE} bytes or more marks the object as shared-worthy (CPython allocates its
 * per-object lock there) and from then on every {@code update} on it, whatever its size, hashes with
 * the GIL released, holding the object's own lock; a constructor's initial data of that size is
 * hashed with the GIL released too. {@code digest}, {@code hexdigest} and {@code copy} take the
 * object's lock ({@code ENTER_HASHLIB}: try it, and only if it is taken wait for it with the GIL
 * released) and finish a copy of the state, so the object can go on being updated.
 */
public final class HashlibModule {
    private HashlibModule() {}

    /** CPython's {@code HASHLIB_GIL_MINSIZE} (Modules/hashlib.h): below it, releasing costs more than it gains. */
    public static final int HASHLIB_GIL_MINSIZE = 2048;

    /** A supported algorithm: its Python name, the JDK's, and CPython's digest and block sizes. */
    record Algorithm(String name, String jdkName, int digestSize, int blockSize) {
        MessageDigest newDigest() {
            try {
                return MessageDigest.getInstance(jdkName);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK lacks " + jdkName, e);
            }
        }
    }

    private static final Map<String, Algorithm> ALGORITHMS = Map.of(
            "md5", new Algorithm("md5", "MD5", 16, 64),
            "sha1", new Algorithm("sha1", "SHA-1", 20, 64),
            "sha256", new Algorithm("sha256", "SHA-256", 32, 64),
            "sha512", new Algorithm("sha512", "SHA-512", 64, 128));

    public static PyModule create() {
        ModuleBuilder m = new ModuleBuilder("hashlib").fn("new", (a, kw) -> {
            // hashlib.new(name, data=b'', **kwargs): CPython's __hash_new passes string= and
            // usedforsecurity= on to _hashlib.new.
            PyObject[] b = Args.bind("__hash_new", a, kw, new String[] {"name", "data", "string", "usedforsecurity"}, 1, 2);
            if (!(b[0] instanceof PyStr s)) throw Py.typeError("new() argument 'name' must be str, not " + b[0].type().name);
            Algorithm alg = ALGORITHMS.get(s.value.toLowerCase(Locale.ROOT));
            if (alg == null) throw Py.valueError("unsupported hash type " + s.value);
            return construct(alg, b[1] != null ? b[1] : b[2]);
        });
        for (Algorithm alg : ALGORITHMS.values()) m.fn(alg.name(), constructor(alg));
        return m.build();
    }

    /** {@code hashlib.md5(string=b'', *, usedforsecurity=True)} and the like. */
    private static NativeFn constructor(Algorithm alg) {
        String fn = "openssl_" + alg.name();
        return (a, kw) -> {
            PyObject[] b = Args.bind(fn, a, kw, new String[] {"string", "usedforsecurity"}, 0, 1);
            return construct(alg, b[0]);
        };
    }

    private static PyHash construct(Algorithm alg, PyObject data) {
        byte[] bytes = data == null ? null : buffer(data); // before the object exists: an error leaks nothing
        PyHash h = new PyHash(alg, alg.newDigest());
        if (bytes != null) {
            MessageDigest md = h.md;
            // py_evp_fromname: the initial data is hashed with the GIL released from HASHLIB_GIL_MINSIZE on.
            NativeWork.releasedIf(bytes.length >= HASHLIB_GIL_MINSIZE, () -> {
                md.update(bytes);
                return null;
            });
        }
        return h;
    }

    /** The bytes of a buffer argument, with CPython's errors for str and non-buffers. */
    static byte[] buffer(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof PyStr) throw Py.typeError("Strings must be encoded before hashing");
        throw Py.typeError("object supporting the buffer API required");
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }

    /** CPython's {@code _hashlib.HASH}: one digest state, and the lock that guards it. */
    static final class PyHash extends PyObject {
        static final PyType TYPE = PyType.builtin("HASH", PyHash.class);

        final Algorithm alg;
        final MessageDigest md;
        /**
         * Guards {@link #md}: the JDK's digests are not thread-safe, and under a model without a
         * GIL two threads may update one object. Uncontended (the usual case) it costs a CAS.
         */
        private final ReentrantLock lock = new ReentrantLock();
        /** CPython's {@code self->lock != NULL}: once set, every update releases the GIL. */
        private volatile boolean releasesOnUpdate;

        PyHash(Algorithm alg, MessageDigest md) {
            this.alg = alg;
            this.md = md;
        }

        @Override public PyType type() { return TYPE; }

        /** Owns no Python references. */
        @Override public void release() {}

        @Override public boolean genericGetAttr() { return false; }

        @Override
        public PyObject getAttr(String name) {
            switch (name) {
                case "name": return PyStr.of(alg.name());
                case "digest_size": return PyInt.of(alg.digestSize());
                case "block_size": return PyInt.of(alg.blockSize());
                default: return super.getAttr(name);
            }
        }

        /** CPython's ENTER_HASHLIB: take the object's lock, waiting for it only with the GIL released. */
        private void enter() {
            if (!lock.tryLock()) {
                NativeWork.released(() -> {
                    lock.lock();
                    return null;
                });
            }
        }

        void update(byte[] data) {
            if (!releasesOnUpdate && data.length >= HASHLIB_GIL_MINSIZE) releasesOnUpdate = true;
            if (releasesOnUpdate) {
                NativeWork.released(() -> {
                    lock.lock();
                    try {
                        md.update(data);
                    } finally {
                        lock.unlock();
                    }
                    return null;
                });
            } else {
                enter();
                try {
                    md.update(data);
                } finally {
                    lock.unlock();
                }
            }
        }

        /** A copy of the state (digest finishes a copy, so the object stays usable). */
        MessageDigest snapshot() {
            enter();
            try {
                return (MessageDigest) md.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(alg.jdkName() + " digests cannot be copied", e);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public String repr() {
            return "<" + alg.name() + " _hashlib.HASH object @ 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
        }

        static {
            TYPE.module = "_hashlib";
            TYPE.def("update", (s, a, kw) -> {
                if (a.length != 1 || kw != null && kw.length > 0) {
                    Args.noKeywords("HASH.update", kw);
                    throw Py.typeError("HASH.update() takes exactly one argument (" + a.length + " given)");
                }
                ((PyHash) s).update(buffer(a[0]));
                return Py.None;
            });
            TYPE.def("digest", (s, a, kw) -> {
                Args.exact("digest", a, kw, 0);
                return new PyBytes(((PyHash) s).snapshot().digest());
            });
            TYPE.def("hexdigest", (s, a, kw) -> {
                Args.exact("hexdigest", a, kw, 0);
                return PyStr.of(hex(((PyHash) s).snapshot().digest()));
            });
            TYPE.def("copy", (s, a, kw) -> {
                Args.exact("copy", a, kw, 0);
                PyHash h = (PyHash) s;
                return new PyHash(h.alg, h.snapshot());
            });
        }
    }
}
