package org.gillab.bench;

import org.gillab.spi.InstructionTicks;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** {@link WorkloadParams} for the models that need the instruction ticker compiled in (gil-ticks). */
@State(Scope.Benchmark)
public class TicksWorkloadParams {
    @Param({"gil-ticks"})
    public String model;

    @Param({"1", "2"})
    public int workers;

    @Param({"countdown", "nbody"})
    public String workload;

    @Param({"small"})
    public String size;

    WorkloadCase run;

    @Setup(Level.Trial)
    public void setUp() {
        if (!InstructionTicks.ENABLED) {
            throw UsageError.exit("the ticks benchmarks need a JVM started with " + Jvm.TICKS
                    + " (their @Fork adds it; a -jvmArgsAppend on the command line replaces it, and -f 0 runs without it)");
        }
        run = new WorkloadCase(WorkloadFiles.shipped(workload), model, workers, WorkloadSizes.resolve(workload, size));
    }
}
