package org.gillab.workload;

import java.util.List;
import java.util.Map;

import org.gillab.obj.Heap;

/**
 * What a run of a workload ended with.
 *
 * @param info            the workload's metadata (null when it could not be loaded)
 * @param size            the amount of work the workers were given
 * @param wallNanos       from the first worker's start to the last one's end
 * @param cpuNanos        the workers' CPU time, summed
 * @param workerCpuNanos  each worker's CPU time
 * @param results         each worker's result, as {@code repr} (shortened)
 * @param check           the check's verdict
 * @param errors          Python exceptions raised by the module, setup, a worker or the check, as tracebacks
 * @param damage          interpreter faults in workers (what an unsynchronized model's races do to it)
 * @param timedOut        whether some worker was still running at the timeout
 * @param audit           the reference-count audit, or null when none was asked for or it could not run
 * @param counters        the model's counters
 * @param notApplicable   why the model cannot run this workload (null when it ran)
 */
public record RunOutcome(WorkloadInfo info, long size, int workers, long wallNanos, long cpuNanos,
                         List<Long> workerCpuNanos, List<String> results, Check check, List<String> errors,
                         List<String> damage, boolean timedOut, Heap.AuditReport audit, Map<String, Long> counters,
                         String notApplicable) {

    /** The check's verdict. */
    public enum Check { PASSED, FAILED, NO_CHECK, NOT_RUN }

    /** A run that did not happen because the model cannot express the workload (never a wrong answer). */
    public static RunOutcome notApplicable(WorkloadInfo info, long size, int workers, String reason, Map<String, Long> counters) {
        return new RunOutcome(info, size, workers, 0, 0, List.of(), List.of(), Check.NOT_RUN, List.of(), List.of(), false,
                null, counters, reason);
    }

    /**
     * 4: not applicable to this model; 0: check passed (or none) and audit clean; 3: the interpreter's state was damaged (audit, fault,
     * hang) or the check failed; 1: Python code raised on an intact heap. Damage comes first: on a
     * damaged heap an exception is a symptom, not the program's own error.
     */
    public int exitCode() {
        if (notApplicable != null) return 4;
        if (!damage.isEmpty() || timedOut || (audit != null && !audit.clean())) return 3;
        if (!errors.isEmpty()) return 1;
        if (check == Check.FAILED) return 3;
        return 0;
    }
}
