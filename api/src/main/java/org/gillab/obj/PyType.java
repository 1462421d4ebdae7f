package org.gillab.obj;

import java.util.ArrayList;
import java.util.List;

import org.gillab.spi.Rc;

/**
 * A class: a built-in type ({@code int}, {@code list}) or one defined by a {@code class} statement.
 *
 * <p>Single inheritance only, so the MRO is the base chain. Attributes live in {@link #dict}; lookups
 * are cached per type and the caches are dropped whenever any class's dict changes
 * ({@link #classVersion}), which is rare once a program has defined its classes.
 */
public final class PyType extends PyGcObject {
    /** What an instance of a class is made of, inherited from the nearest built-in ancestor. */
    public enum Layout {
        /** A plain instance with a dict ({@link PyInstance}). */
        OBJECT,
        /** An exception instance ({@link PyBaseException}). */
        EXCEPTION,
        /** A built-in type that a class statement cannot extend in gillab. */
        FINAL
    }

    public static final PyType OBJECT = new PyType("object", null, Layout.OBJECT, true);
    public static final PyType TYPE = new PyType("type", OBJECT, Layout.FINAL, true);

    /** Bumped whenever any class's dict changes; invalidates every lookup cache. */
    private static volatile int classVersion;

    public final String name;
    public final PyType base;
    public final PyType[] mro;
    public final PyDict dict;
    public final boolean builtin;
    public final Layout layout;
    /** The module a class statement ran in (its {@code __module__}); "builtins" for built-ins. */
    public String module = "builtins";
    /** A built-in type's constructor ({@code int(x)}); null for classes (they make instances). */
    public NativeFn constructor;

    private volatile LookupCache cache;

    private PyType(String name, PyType base, Layout layout, boolean builtin) {
        this.name = name;
        this.base = base;
        this.layout = layout;
        this.builtin = builtin;
        this.dict = new PyDict();
        List<PyType> chain = new ArrayList<>();
        for (PyType t = this; t != null; t = t.base) chain.add(t);
        this.mro = chain.toArray(new PyType[0]);
        if (base != null) Rc.incref(base);
        if (builtin) {
            Rc.immortal(this);
            Rc.immortal(dict);
        } else {
            org.gillab.vm.Gc.track(this);
        }
    }

    /** A built-in type that class statements cannot extend. The Java class is for documentation. */
    public static PyType builtin(String name, Class<? extends PyObject> impl) {
        return new PyType(name, OBJECT, Layout.FINAL, true);
    }

    /** A built-in type with a given base and layout (the exception hierarchy, bool). */
    public static PyType builtin(String name, PyType base, Layout layout) {
        return new PyType(name, base, layout, true);
    }

    /**
     * A class from a {@code class} statement. Takes ownership of nothing: {@code ns} is copied into
     * the class's own dict.
     */
    public static PyType newClass(String name, PyType base, PyDict ns, String module) {
        if (base.layout == Layout.FINAL) {
            throw Py.typeError("subclassing built-in type '" + base.name + "' is not supported by gillab");
        }
        PyType t = new PyType(name, base, base.layout, false);
        t.module = module;
        ns.forEachItem((k, v) -> t.dict.setItem(k, v));
        // Python: a class that defines __eq__ but not __hash__ is unhashable.
        if (ns.getStr("__eq__") != null && ns.getStr("__hash__") == null) t.dict.setStr("__hash__", Py.None);
        classVersion++;
        return t;
    }

    @Override public PyType type() { return TYPE; }

    @Override public boolean genericGetAttr() { return false; }

    public boolean isSubtypeOf(PyType other) {
        for (PyType t = this; t != null; t = t.base) if (t == other) return true;
        return false;
    }

    /** Changes whenever any class's dict changes (for inline caches that remember lookups). */
    public static int classVersion() {
        return classVersion;
    }

    /** Finds an attribute along the MRO; a borrowed reference, or null. */
    public PyObject lookup(String name) {
        LookupCache c = cache();
        PyObject r = c.found.get(name);
        if (r == null) {
            for (PyType t : mro) {
                r = t.dict.getStr(name);
                if (r != null) break;
            }
            c.found.put(name, r == null ? NOT_FOUND : r);
            return r;
        }
        return r == NOT_FOUND ? null : r;
    }

    /**
     * Whether any class on the MRO defines a data descriptor (a property). When none does, an
     * instance attribute is found in the instance dict without consulting the class first.
     */
    public boolean hasDataDescriptors() {
        return cache().hasDataDescriptors;
    }

    /**
     * The lookups of one class version, shared by every thread: replaced whole (never cleared in
     * place) when any class dict changes, so a reader sees either the old cache or the new one.
     */
    private record LookupCache(int version, java.util.concurrent.ConcurrentHashMap<String, PyObject> found,
                               boolean hasDataDescriptors) {}

    private static final PyObject NOT_FOUND = Rc.immortal(new PyStr("<not found>"));

    private LookupCache cache() {
        LookupCache c = cache;
        int v = classVersion;
        if (c != null && c.version == v) return c;
        boolean data = false;
        for (PyType t : mro) {
            boolean[] found = {false};
            t.dict.forEachItem((k, val) -> found[0] |= val.isDataDescriptor());
            data |= found[0];
        }
        c = new LookupCache(v, new java.util.concurrent.ConcurrentHashMap<>(), data);
        cache = c;
        return c;
    }

    /** Looks an attribute up on the type and binds it to {@code obj}; a new reference, or null. */
    public PyObject bindAttr(PyObject obj, String name) {
        PyObject a = lookup(name);
        return a == null ? null : a.descrGet(obj, this);
    }

    /** Registers a method of a built-in type. */
    public void def(String name, NativeMethod fn) {
        dict.setStr(name, Rc.immortal(new PyMethodDescr(name, this, fn)));
    }

    // ---------------------------------------------------------------- protocol

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (constructor != null) return constructor.call(args, kwnames);
        if (layout == Layout.FINAL) throw Py.typeError("cannot create '" + name + "' instances");
        PyObject self = layout == Layout.EXCEPTION ? new PyBaseException(this) : new PyInstance(this);
        PyObject init = lookup("__init__");
        if (init != null) {
            PyObject[] withSelf = new PyObject[args.length + 1];
            withSelf[0] = self;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            PyObject r;
            try {
                r = init.call(withSelf, kwnames);
            } catch (RuntimeException e) {
                Rc.decref(self);
                throw e;
            }
            if (r != Py.None) {
                Rc.decref(r);
                Rc.decref(self);
                throw Py.typeError("__init__() should return None, not '" + r.type().name + "'");
            }
        }
        return self;
    }

    @Override public boolean isCallable() { return true; }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "__name__": case "__qualname__": return Py.str(name);
            case "__module__": return Py.str(module);
            case "__base__": return base == null ? Py.None : Rc.newRef(base);
            case "__mro__": {
                PyObject[] items = new PyObject[mro.length];
                for (int i = 0; i < mro.length; i++) items[i] = Rc.newRef(mro[i]);
                return new PyTuple(items);
            }
            default:
        }
        PyObject a = lookup(attr);
        if (a != null) return a.descrGetOnClass(this);
        PyObject m = TYPE.bindAttr(this, attr);
        if (m != null) return m;
        throw Py.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        if (builtin) {
            throw Py.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        dict.setStr(attr, value);
        classVersion++;
    }

    @Override
    public void delAttr(String attr) {
        if (builtin) {
            throw Py.typeError("cannot delete '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (!dict.delStr(attr)) throw Py.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
        classVersion++;
    }

    @Override
    public String repr() {
        return builtin || module.equals("builtins") ? "<class '" + name + "'>" : "<class '" + module + "." + name + "'>";
    }

    @Override public long pyHash() { return System.identityHashCode(this); }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (op == CmpOp.EQ) return Py.bool(this == other);
        if (op == CmpOp.NE) return Py.bool(this != other);
        return null;
    }

    @Override
    public void forEachRef(RefVisitor v) {
        if (base != null) v.visit(base);
        v.visit(dict);
    }
}
