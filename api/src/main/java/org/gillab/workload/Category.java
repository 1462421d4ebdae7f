package org.gillab.workload;

/** What a workload mostly does; its {@code CATEGORY} string. */
public enum Category {
    CPU("cpu"), IO("io"), MIXED("mixed"), SHARED_STATE("shared-state");

    public final String label;

    Category(String label) {
        this.label = label;
    }

    /** The category named {@code label}, or null. */
    public static Category of(String label) {
        for (Category c : values()) if (c.label.equals(label)) return c;
        return null;
    }
}
