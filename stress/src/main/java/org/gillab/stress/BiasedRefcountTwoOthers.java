package org.gillab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.gillab.spi.RefCounting;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * free-threaded's biased counting with neither actor owning the object: both go through the shared
 * count (an atomic add for an incref, a compare-and-swap loop for a decref) and must lose nothing.
 * The object comes from {@link ForeignOwner}, so that neither actor has the owner's fast path.
 */
@JCStressTest
@Description("free-threaded: biased counts, two non-owners on the shared count")
@Outcome(id = "3, 0", expect = ACCEPTABLE, desc = "every change counted, never freed")
@Outcome(expect = FORBIDDEN, desc = "a lost update: a wrong count, or a free (-1 = dead) while referenced")
@State
public class BiasedRefcountTwoOthers {
    private static final RefCounting RC = Models.create("free-threaded").refCounting();

    private final CountedObject o = ForeignOwner.object();

    @Actor
    public void actor1() {
        Refs.netOne(RC, o);
    }

    @Actor
    public void actor2() {
        Refs.netOne(RC, o);
    }

    @Arbiter
    public void arbiter(II_Result r) {
        r.r1 = o.countUnder(RC);
        r.r2 = o.frees;
    }
}
