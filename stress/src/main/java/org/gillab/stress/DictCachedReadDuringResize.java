package org.gillab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.gillab.obj.PyDict;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyStr;
import org.gillab.spi.Rc;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Issue 16's race, at the level of the dict: an inline cache's read of a remembered (keys version,
 * entry) while another thread deletes the key, adds enough keys to resize (which compacts the
 * entries, so the cached entry index now holds another key) and adds the key back. The read takes
 * the keys table once and the value from that table, so it returns the cached key's value or nothing
 * (a miss, to be looked up again), never the key that the resize moved into the cached entry. Run with
 * no model installed (plain counts, no locks: the path a GIL-holding thread takes); the free-threaded
 * and fine-grained paths are exercised by the contract kit's race program.
 * r1: 0 a miss, 1 the cached key's value, 2 another key's value.
 */
@JCStressTest
@Description("a cached dict read during a resize returns the cached key's value or a miss")
@Outcome(id = {"0", "1"}, expect = ACCEPTABLE, desc = "the value of z, or a miss")
@Outcome(id = "2", expect = FORBIDDEN, desc = "another key's value: the entry was read from the resized table")
@State
public class DictCachedReadDuringResize {
    /** Made first: the object model's classes must be initialized from dict, not from str. */
    private static final PyDict FIRST = new PyDict();
    private static final PyObject Z = Rc.immortal(new PyStr("the value of z"));
    private static final PyObject OTHER = Rc.immortal(new PyStr("another value"));

    private final PyDict dict = new PyDict();
    private final int keysVersion;
    private final int entry;

    public DictCachedReadDuringResize() {
        for (int i = 0; i < 4; i++) dict.setStr("a" + i, OTHER);
        dict.setStr("z", Z);
        PyDict.CacheLookup c = dict.lookupStrForCache("z");
        keysVersion = c.keysVersion();
        entry = c.entry();
    }

    @Actor
    public void reader(I_Result r) {
        PyObject v = dict.cachedValueRef(keysVersion, entry);
        r.r1 = v == null ? 0 : v == Z ? 1 : 2;
    }

    @Actor
    public void churner() {
        dict.delStr("z");
        for (int i = 0; i < 6; i++) dict.setStr("p" + i, OTHER);
        dict.setStr("z", Z);
    }
}
