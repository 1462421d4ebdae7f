package org.gillab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.gillab.obj.PyList;
import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ContainerLocking;
import org.gillab.vm.ThreadState;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * free-threaded's nested critical sections taken in opposite orders (one thread inside list A enters
 * B, the other inside B enters A): the order that deadlocks per-container mutexes. PEP 703's sections
 * do not deadlock, because a thread that must wait for a lock first suspends (releases) the sections
 * it is in, and takes the outer one back when the inner one ends. The outer section is therefore not
 * atomic across the inner one, but each counter update below runs while its own list's lock is held,
 * so none may be lost: each counter ends at 3. A deadlock would hang the test (a jcstress timeout).
 */
@JCStressTest
@Description("free-threaded: nested sections in opposite orders neither deadlock nor lose a write")
@Outcome(id = "3, 3", expect = ACCEPTABLE, desc = "every update made under its list's lock")
@Outcome(expect = FORBIDDEN, desc = "an update was lost: a section did not hold its lock")
@State
public class FreeThreadedNestedSections {
    private static final ConcurrencyModel MODEL = Models.create("free-threaded");
    private static final ContainerLocking CS = MODEL.containerLocking();

    private final PyList a = new PyList();
    private final PyList b = new PyList();
    private int inA;
    private int inB;

    @Actor
    public void actor1() {
        ThreadState ts = attach(0);
        try {
            CS.enter(a);
            inA++;
            CS.enter(b);
            inB++;
            CS.exit(b);
            inA++; // a's section has resumed: its lock is held again
            CS.exit(a);
        } finally {
            ts.unbind();
        }
    }

    @Actor
    public void actor2() {
        ThreadState ts = attach(1);
        try {
            CS.enter(b);
            inB++;
            CS.enter(a);
            inA++;
            CS.exit(a);
            inB++;
            CS.exit(b);
        } finally {
            ts.unbind();
        }
    }

    private static ThreadState attach(int index) {
        ThreadState ts = new ThreadState(null, index, MODEL.threadHooks());
        ts.bind();
        return ts;
    }

    @Arbiter
    public void arbiter(II_Result r) {
        r.r1 = inA;
        r.r2 = inB;
    }
}
