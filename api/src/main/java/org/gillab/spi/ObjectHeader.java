package org.gillab.spi;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.gillab.obj.PyObject;

/**
 * Atomic access to the object header's model fields ({@link PyObject#refcnt}, {@link PyObject#shared},
 * {@link PyObject#lock}), looked up once here for every model that needs a CAS or an atomic add.
 */
public final class ObjectHeader {
    private ObjectHeader() {}

    public static final VarHandle REFCNT = field("refcnt", int.class);
    public static final VarHandle SHARED = field("shared", int.class);
    public static final VarHandle LOCK = field("lock", Object.class);

    private static VarHandle field(String name, Class<?> type) {
        try {
            return MethodHandles.lookup().findVarHandle(PyObject.class, name, type);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The per-object lock of {@code o}: the one already installed, or {@code fresh}, installed with a
     * compare-and-swap so that racing threads agree on one. Null is returned never.
     */
    public static Object lockOf(PyObject o, java.util.function.Supplier<?> fresh) {
        Object l = o.lock;
        if (l != null) return l;
        Object made = fresh.get();
        Object winner = LOCK.compareAndExchange(o, null, made);
        return winner == null ? made : winner;
    }
}
