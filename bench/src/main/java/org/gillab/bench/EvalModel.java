package org.gillab.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The countdown program under each model's hooks, or none ({@code none}: the interpreter's defaults). */
@State(Scope.Thread)
public class EvalModel {
    @Param({"none", "unsafe", "gil", "fine-grained", "free-threaded", "cooperative", "subinterpreters"})
    public String model;

    CountdownProgram program;

    @Setup(Level.Trial)
    public void setUp() {
        program = CountdownProgram.load(model, EvalLoopBench.ITERATIONS);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        program.close();
    }
}
