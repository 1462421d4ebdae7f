package org.gillab.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.gillab.obj.PyList;
import org.gillab.spi.ContainerLocking;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * fine-grained's per-container mutex: a list's critical sections exclude each other. Each state has a
 * fresh list, so the two actors also race to install its mutex on first use, and must agree on one.
 * r1 and r2 are the values of a counter each actor read inside the section before writing it back.
 */
@JCStressTest
@Description("fine-grained: a container's mutex excludes, including the race to create it")
@Outcome(id = {"0, 1", "1, 0"}, expect = ACCEPTABLE, desc = "one section ran after the other")
@Outcome(expect = FORBIDDEN, desc = "both sections ran at once: a lost write")
@State
public class FineGrainedContainerLockExcludes {
    private static final ContainerLocking CS = Models.create("fine-grained").containerLocking();

    private final PyList list = new PyList();
    private int counter;

    @Actor
    public void actor1(II_Result r) {
        r.r1 = inSection();
    }

    @Actor
    public void actor2(II_Result r) {
        r.r2 = inSection();
    }

    private int inSection() {
        CS.enter(list);
        try {
            int seen = counter;
            counter = seen + 1;
            return seen;
        } finally {
            CS.exit(list);
        }
    }
}
