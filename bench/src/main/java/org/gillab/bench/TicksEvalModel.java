package org.gillab.bench;

import org.gillab.spi.InstructionTicks;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The countdown program in a JVM with the instruction ticker compiled in: gil-ticks, and {@code none}
 * there, which is what the ticker alone costs every model.
 */
@State(Scope.Thread)
public class TicksEvalModel {
    @Param({"none", "gil-ticks"})
    public String model;

    CountdownProgram program;

    @Setup(Level.Trial)
    public void setUp() {
        if (!InstructionTicks.ENABLED) {
            throw UsageError.exit("the ticks benchmarks need a JVM started with " + Jvm.TICKS
                    + " (their @Fork adds it; a -jvmArgsAppend on the command line replaces it, and -f 0 runs without it)");
        }
        program = CountdownProgram.load(model, EvalLoopBench.ITERATIONS);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        program.close();
    }
}
