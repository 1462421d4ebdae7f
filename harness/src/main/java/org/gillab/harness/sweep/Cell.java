package org.gillab.harness.sweep;

/** One cell of a sweep: a model, a workload, a worker count. The baseline's model is {@link #BASELINE}. */
public record Cell(String model, String workload, int workers) {
    /** The sequential baseline: the whole work on one thread, plain counts, no lock (the unsafe model at 1 worker). */
    public static final String BASELINE = "baseline";

    /**
     * The model the baseline runs under (plain counts, no lock, nothing done by any hook), and the
     * A/A noise floor's model: the same code at 1 worker, so that any difference is noise. The one
     * place this name is written; the sweep, the run command and the experiments read it here.
     */
    public static final String BASELINE_MODEL = "unsafe";

    @Override
    public String toString() {
        return model + " / " + workload + " / " + workers + (workers == 1 ? " worker" : " workers");
    }
}
