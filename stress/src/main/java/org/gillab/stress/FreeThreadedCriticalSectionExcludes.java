package org.gillab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.gillab.obj.PyList;
import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ContainerLocking;
import org.gillab.vm.ThreadState;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * free-threaded's per-object critical sections (PEP 703): two threads' sections on one list exclude
 * each other, including the race to install the list's lock. The actors are attached to the model
 * (a bound thread state), so that their sections go through the section stack a worker's do.
 * r1 and r2 are the values of a counter each actor read inside the section before writing it back.
 */
@JCStressTest
@Description("free-threaded: a critical section on one object excludes another")
@Outcome(id = {"0, 1", "1, 0"}, expect = ACCEPTABLE, desc = "one section ran after the other")
@Outcome(expect = FORBIDDEN, desc = "both sections ran at once: a lost write")
@State
public class FreeThreadedCriticalSectionExcludes {
    private static final ConcurrencyModel MODEL = Models.create("free-threaded");
    private static final ContainerLocking CS = MODEL.containerLocking();

    private final PyList list = new PyList();
    private int counter;

    @Actor
    public void actor1(II_Result r) {
        r.r1 = inSection(0);
    }

    @Actor
    public void actor2(II_Result r) {
        r.r2 = inSection(1);
    }

    private int inSection(int index) {
        ThreadState ts = new ThreadState(null, index, MODEL.threadHooks());
        ts.bind();
        try {
            CS.enter(list);
            try {
                int seen = counter;
                counter = seen + 1;
                return seen;
            } finally {
                CS.exit(list);
            }
        } finally {
            ts.unbind();
        }
    }
}
