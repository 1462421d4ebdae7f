package org.gillab.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A shipped workload ({@code harness/workloads/NAME.py}, or a path) under a model on some workers.
 * Any workload and any model on the class path may be given with {@code -p}.
 */
@State(Scope.Benchmark)
public class WorkloadParams {
    @Param({"unsafe", "gil", "fine-grained", "free-threaded", "cooperative", "subinterpreters", "actors", "processes"})
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
        run = new WorkloadCase(WorkloadFiles.shipped(workload), model, workers, WorkloadSizes.resolve(workload, size));
    }
}
