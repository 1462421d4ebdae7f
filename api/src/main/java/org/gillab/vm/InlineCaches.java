package org.gillab.vm;

import java.util.Arrays;
import org.gillab.compile.Code;
import org.gillab.compile.Op;
import org.gillab.obj.BinOps;
import org.gillab.obj.CmpOp;
import org.gillab.obj.ExcTypes;
import org.gillab.obj.Formatter;
import org.gillab.obj.Ops;
import org.gillab.obj.Py;
import org.gillab.obj.PyBaseException;
import org.gillab.obj.PyBool;
import org.gillab.obj.PyCell;
import org.gillab.obj.PyDict;
import org.gillab.obj.PyException;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInstance;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyList;
import org.gillab.obj.PyMethod;
import org.gillab.obj.PyMethodDescr;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PySet;
import org.gillab.obj.PySlice;
import org.gillab.obj.PyStr;
import org.gillab.obj.PyTuple;
import org.gillab.obj.PyType;
import org.gillab.spi.InstructionTicks;
import org.gillab.spi.Rc;


/**
 * The inline caches of LOAD_GLOBAL, the attribute instructions and LOAD_METHOD. Both tiers go
 * through these methods, so a fix to a cache (its validation, its race with a writer) applies to
 * the interpreter and the compiled code at once.
 */
final class InlineCaches {
    private InlineCaches() {}

    /**
     * {@code o.name} with the attribute inline cache: for a plain instance whose class defines no
     * property, the entry index this instruction found last time is checked by key identity and
     * read directly; otherwise (and to learn the index) the full lookup runs.
     */
    static PyObject loadAttr(Code co, int pc, PyObject o, int nameIndex) {
        if (o instanceof PyInstance inst && !inst.cls.hasDataDescriptors()) {
            PyObject v = inst.dict.valueRefIfKeyAt(co.attrCache[pc], co.nameObjects[nameIndex]);
            if (v != null) return v;
            int ix = inst.dict.indexOfStr(co.names[nameIndex]);
            if (ix >= 0) {
                co.attrCache[pc] = ix;
                v = inst.dict.valueRefIfKeyAt(ix, co.nameObjects[nameIndex]); // no property on the class: the instance dict decides
                if (v != null) return v;
            }
        }
        return o.getAttr(co.names[nameIndex]);
    }

    /** {@code o.name = v} with the same cache; the value is borrowed. */
    static void storeAttr(Code co, int pc, PyObject o, int nameIndex, PyObject v) {
        if (o instanceof PyInstance inst && !inst.cls.hasDataDescriptors()) {
            int cached = co.attrCache[pc];
            // the lock-free hint first: a new instance's dict does not have the entry yet
            if (inst.dict.keyIsAt(cached, co.nameObjects[nameIndex]) && inst.dict.replaceIfKeyAt(cached, co.nameObjects[nameIndex], v)) return;
            o.setAttr(co.names[nameIndex], v);
            if (!inst.dict.keyIsAt(cached, co.nameObjects[nameIndex])) { // a new instance: same shape, same index
                int ix = inst.dict.indexOfStr(co.names[nameIndex]);
                if (ix >= 0) co.attrCache[pc] = ix;
            }
            return;
        }
        o.setAttr(co.names[nameIndex], v);
    }

    /** In a LOAD_GLOBAL cache word: the entry is in the built-ins dict (the name is absent from the globals). */
    private static final long IN_BUILTINS = 0x80000000L;

    /**
     * LOAD_GLOBAL of {@code co.names[nameIndex]} at instruction {@code pc}: a new reference. The cache
     * word holds the globals' keys version (high half), an entry index and whether the entry is in the
     * built-ins. A hit reads the globals' table once, checks its version and reads the value from that
     * table ({@link PyDict#cachedValueRef}), as CPython 3.14's {@code _LOAD_GLOBAL_MODULE} reads
     * {@code ma_keys} once, checks {@code dk_version} and reads {@code me_value} from the same keys
     * object: a resize between the check and the read cannot hand back another global. A built-in's
     * hit checks that the globals still lack the name (their version) and that the built-ins entry
     * still holds it. Both tiers call this one helper.
     */
    static PyObject loadGlobal(Code co, int pc, PyDict globals, PyDict builtins, int nameIndex) {
        long cached = co.globalCache[pc];
        int keysVersion = (int) (cached >>> 32);
        int entry = (int) cached & 0x7fffffff;
        PyObject v = (cached & IN_BUILTINS) == 0
                ? globals.cachedValueRef(keysVersion, entry)
                : globals.hasKeysVersion(keysVersion) ? builtins.valueRefIfKeyAt(entry, co.nameObjects[nameIndex]) : null;
        return v != null ? v : loadGlobalSlow(co, pc, globals, builtins, nameIndex);
    }

    /** LOAD_GLOBAL's miss path: look the name up and refill the instruction's cache. */
    private static PyObject loadGlobalSlow(Code co, int pc, PyDict globals, PyDict builtins, int nameIndex) {
        String name = co.names[nameIndex];
        PyDict.CacheLookup g = globals.lookupStrForCache(name);
        if (g.value() != null) {
            if (g.keysVersion() != 0) co.globalCache[pc] = (long) g.keysVersion() << 32 | g.entry();
            return g.value();
        }
        int ix = builtins.indexOfStr(name);
        PyObject v = builtins.valueRefIfKeyAt(ix, co.nameObjects[nameIndex]);
        if (v == null) throw Py.nameError(name);
        if (g.keysVersion() != 0) co.globalCache[pc] = (long) g.keysVersion() << 32 | IN_BUILTINS | ix;
        return v;
    }

    /** What LOAD_METHOD found for one type: valid while no class dict has changed. */
    /**
     * What LOAD_METHOD found at one instruction for up to {@link #METHOD_CACHE_WAYS} classes (a
     * polymorphic inline cache: a call site in a base class's method sees its subclasses), valid
     * while no class dict has changed. Immutable: a miss installs a new entry.
     */
    record MethodCacheEntry(PyType[] types, PyObject[] methods, int classVersion) {
        PyObject find(PyType t) {
            PyType[] ts = types;
            for (int i = 0; i < ts.length; i++) if (ts[i] == t) return methods[i];
            return null;
        }

        /** This entry plus (t, m), the oldest pair dropped when full. */
        MethodCacheEntry with(PyType t, PyObject m, int version) {
            if (version != classVersion || types.length == 0) return new MethodCacheEntry(new PyType[] {t}, new PyObject[] {m}, version);
            int keep = Math.min(types.length, METHOD_CACHE_WAYS - 1);
            PyType[] nt = new PyType[keep + 1];
            PyObject[] nm = new PyObject[keep + 1];
            System.arraycopy(types, types.length - keep, nt, 0, keep);
            System.arraycopy(methods, methods.length - keep, nm, 0, keep);
            nt[keep] = t;
            nm[keep] = m;
            return new MethodCacheEntry(nt, nm, version);
        }
    }

    static final int METHOD_CACHE_WAYS = 4;

    /** A marker for "the class has no attribute of that name" in the method cache. */
    private static final PyObject NO_METHOD = org.gillab.obj.PyTuple.EMPTY;

    /** The method {@code name} of {@code o}'s type, if calling it unbound with o first is equivalent. */
    static PyObject unboundMethod(Code co, int pc, PyObject o, String name) {
        if (o instanceof PyInstance inst) {
            PyObject m = null;
            Object c = co.methodCache[pc];
            int v = PyType.classVersion();
            MethodCacheEntry e = c instanceof MethodCacheEntry x ? x : null;
            if (e != null && e.classVersion == v) m = e.find(inst.cls);
            if (m == null) {
                m = inst.cls.lookup(name);
                if (m == null) m = NO_METHOD;
                co.methodCache[pc] = e == null ? new MethodCacheEntry(new PyType[] {inst.cls}, new PyObject[] {m}, v) : e.with(inst.cls, m, v);
            }
            if (!(m instanceof PyFunction)) return null;
            PyObject shadow = inst.dict.getStrRef(name); // an instance attribute of that name wins
            if (shadow == null) return m;
            Rc.decref(shadow);
            return null;
        }
        if (!o.genericGetAttr()) return null;
        PyObject m = o.type().lookup(name);
        return m instanceof PyMethodDescr ? m : null;
    }


}
