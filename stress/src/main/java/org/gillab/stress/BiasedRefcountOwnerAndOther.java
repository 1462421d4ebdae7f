package org.gillab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicReference;

import org.gillab.spi.RefCounting;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * free-threaded's biased counting with one actor owning the object: the owner changes the local
 * count with a plain load and store while the other thread changes the shared count atomically,
 * and neither may lose the other's changes.
 *
 * <p>The owner is the thread that creates an object, so the object is made here by whichever actor
 * gets to the state first (a compare-and-set decides), never in the state's constructor, which
 * jcstress runs on an arbitrary one of its threads. The actor that made it reports itself in r3.
 */
@JCStressTest
@Description("free-threaded: biased counts, owner's plain updates against another thread's atomic ones")
@Outcome(id = {"3, 0, 1", "3, 0, 2"}, expect = ACCEPTABLE, desc = "every change counted, never freed (r3: the owning actor)")
@Outcome(expect = FORBIDDEN, desc = "a lost update: a wrong count, or a free (-1 = dead) while referenced")
@State
public class BiasedRefcountOwnerAndOther {
    private static final RefCounting RC = Models.create("free-threaded").refCounting();

    private final AtomicReference<CountedObject> object = new AtomicReference<>();

    @Actor
    public void actor1(III_Result r) {
        if (touch()) r.r3 = 1;
    }

    @Actor
    public void actor2(III_Result r) {
        if (touch()) r.r3 = 2;
    }

    /** Takes the object (making it if first) and a net reference to it; true if this thread owns it. */
    private boolean touch() {
        CountedObject o = object.get();
        boolean made = false;
        if (o == null) {
            CountedObject mine = new CountedObject(); // its reference is the state's
            made = object.compareAndSet(null, mine);
            o = made ? mine : object.get();
        }
        Refs.netOne(RC, o);
        return made;
    }

    @Arbiter
    public void arbiter(III_Result r) {
        CountedObject o = object.get();
        r.r1 = o.countUnder(RC);
        r.r2 = o.frees;
    }
}
