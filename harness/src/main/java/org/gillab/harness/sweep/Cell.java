package org.gillab.harness.sweep;

/** One cell of a sweep: a model, a workload, a worker count. The baseline's model is {@link #BASELINE}. */
public record Cell(String model, String workload, int workers) {
    /** The sequential baseline: the whole work on one thread, plain counts, no lock (the unsafe model at 1 worker). */
    public static final String BASELINE = "baseline";

    @Override
    public String toString() {
        return model + " / " + workload + " / " + workers + (workers == 1 ? " worker" : " workers");
    }
}
