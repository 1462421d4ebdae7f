package org.gillab.bench;

import java.util.Map;

/**
 * How much work a benchmarked run gets. {@code small}: a size that keeps one run to tens of
 * milliseconds on this interpreter, so that JMH gets many runs per iteration (a workload not listed
 * here runs at its own {@code SIZE}); {@code default}: the workload's own {@code SIZE}; or a number.
 */
final class WorkloadSizes {
    private WorkloadSizes() {}

    private static final Map<String, Long> SMALL = Map.of(
            "countdown", 1_000_000L,
            "nbody", 4_000L,
            "objects", 50_000L,
            "spectral_norm", 4L,
            "float", 20_000L,
            "pipeline", 20_000L);

    /** The size to pass in a {@code RunSpec}: negative means the workload's own {@code SIZE}. */
    static long resolve(String workload, String size) {
        switch (size) {
            case "small":
                return SMALL.getOrDefault(stem(workload), -1L);
            case "default":
                return -1;
            default:
                try {
                    long n = Long.parseLong(size.replace("_", ""));
                    if (n >= 0) return n;
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw UsageError.exit("size must be small, default or a whole number >= 0, not '" + size + "'");
        }
    }

    private static String stem(String workload) {
        String name = workload.substring(workload.lastIndexOf('/') + 1);
        return name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
    }
}
