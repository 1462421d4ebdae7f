package org.gillab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.RefCounting;
import org.gillab.spi.ThreadHooks;
import org.gillab.vm.ThreadState;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Python 2's interpreter lock (the {@code gil-ticks} model): attach acquires it and detach releases
 * it, with no hand-off, so two threads' code between the two never interleaves. The lock does not need
 * the instruction ticks the model's interpreter loop counts: only its hooks are exercised here.
 *
 * <p>Each actor binds a thread state of its own, as a worker does for its whole life, then reads a
 * counter, takes a reference with the model's plain counts and writes the counter back. r1 and r2
 * are the values the two actors read: 0 and 1 in some order when one ran after the other, 0 and 0
 * when both were inside at once. r3 is the count: plain counts are exact under the lock.
 */
@JCStressTest
@Description("gil-ticks: the lock excludes; plain counts under it lose nothing")
@Outcome(id = {"0, 1, 3", "1, 0, 3"}, expect = ACCEPTABLE, desc = "one thread held the lock after the other")
@Outcome(expect = FORBIDDEN, desc = "both threads were inside at once: a lost write or a lost count")
@State
public class GilTicksExcludes {
    private static final ConcurrencyModel MODEL = Models.create("gil-ticks");
    private static final ThreadHooks HOOKS = MODEL.threadHooks();
    private static final RefCounting RC = MODEL.refCounting();

    private final CountedObject o = new CountedObject();
    private int counter;

    @Actor
    public void actor1(III_Result r) {
        r.r1 = underLock(0);
    }

    @Actor
    public void actor2(III_Result r) {
        r.r2 = underLock(1);
    }

    private int underLock(int index) {
        ThreadState ts = new ThreadState(null, index, HOOKS);
        ts.bind();
        try {
            int seen = counter;
            RC.incref(o);
            counter = seen + 1;
            return seen;
        } finally {
            ts.unbind();
        }
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = o.countUnder(RC);
    }
}
