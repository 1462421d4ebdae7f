package org.gillab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.gillab.spi.RefCounting;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The {@code unsafe} model's plain counts (load, add, store) race: two threads that each take a net
 * reference can leave the count short or long, or free the object while both still hold it. This
 * test documents that damage; {@link StressRun} fails when a run never observes it, since a test of
 * the other strategies that cannot tell a racy count from an exact one would prove nothing.
 */
@JCStressTest
@Description("unsafe: plain reference counts lose updates")
@Outcome(id = "3, 0", expect = ACCEPTABLE, desc = "the two threads did not overlap: the count is exact")
@Outcome(expect = ACCEPTABLE_INTERESTING, desc = "a lost update: a wrong count, or a free (-1 = dead) while referenced")
@State
public class UnsafeRefcountLosesUpdates {
    private static final RefCounting RC = Models.create("unsafe").refCounting();

    private final CountedObject o = new CountedObject();

    @Actor
    public void actor1() {
        Refs.netOne(RC, o);
    }

    @Actor
    public void actor2() {
        Refs.netOne(RC, o);
    }

    /** The count (the state's reference and one per actor: 3) and how often the object was freed. */
    @Arbiter
    public void arbiter(II_Result r) {
        r.r1 = o.countUnder(RC);
        r.r2 = o.frees;
    }
}
