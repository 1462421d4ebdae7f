package org.gillab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.Map;

import org.gillab.spi.RefCounting;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Greg Stein's patch as built on Linux: one global mutex around every count change, so two threads
 * changing one object's count are serialized and nothing is lost.
 */
@JCStressTest
@Description("fine-grained, refcount=mutex: no reference-count update is lost")
@Outcome(id = "3, 0", expect = ACCEPTABLE, desc = "every change counted, never freed")
@Outcome(expect = FORBIDDEN, desc = "a lost update: a wrong count, or a free (-1 = dead) while referenced")
@State
public class FineGrainedMutexRefcount {
    private static final RefCounting RC = Models.create("fine-grained", Map.of("refcount", "mutex")).refCounting();

    private final CountedObject o = new CountedObject();

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
