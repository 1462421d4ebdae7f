package org.gillab.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The one finder of the shipped workloads: the property when given, else from where the classes are. */
class WorkloadFolderTest {
    @Test
    void theFolderIsFoundFromTheClassesWithoutTheProperty() {
        String given = System.clearProperty(WorkloadFolder.PROPERTY);
        try {
            Path found = WorkloadFolder.locate().orElseThrow();
            assertTrue(Files.isRegularFile(found.resolve("countdown.py")), found.toString());
            assertEquals(Path.of("harness", "workloads"), found.getParent().getParent().relativize(found));
            if (given != null) assertEquals(Path.of(given).toAbsolutePath().normalize(), found.toAbsolutePath().normalize());
        } finally {
            if (given != null) System.setProperty(WorkloadFolder.PROPERTY, given);
        }
    }

    @Test
    void thePropertyNamesTheFolder() {
        String given = System.setProperty(WorkloadFolder.PROPERTY, "/elsewhere/workloads");
        try {
            assertEquals(Path.of("/elsewhere/workloads"), WorkloadFolder.locate().orElseThrow());
        } finally {
            if (given == null) System.clearProperty(WorkloadFolder.PROPERTY);
            else System.setProperty(WorkloadFolder.PROPERTY, given);
        }
    }
}
