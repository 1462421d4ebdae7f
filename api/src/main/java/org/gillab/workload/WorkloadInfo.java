package org.gillab.workload;

/** A workload's metadata, as its module declares it. */
public record WorkloadInfo(String name, String description, Category category, long defaultSize,
                           boolean hasSetup, boolean hasCheck) {}
