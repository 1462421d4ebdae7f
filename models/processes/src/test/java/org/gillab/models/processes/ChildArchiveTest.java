package org.gillab.models.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data archive's life: made by one child at a time, put in place only when whole, then used by every child. */
class ChildArchiveTest {
    @Test
    void oneChildMakesTheArchiveAndLaterChildrenMapIt(@TempDir Path dir) throws IOException {
        Path jsa = dir.resolve("gillab-child-2.jsa"), older = dir.resolve("gillab-child-1.jsa");
        Files.writeString(older, "an earlier build's");
        ChildArchive a = new ChildArchive(jsa);
        ChildArchive.Launch maker = a.next();
        assertNotNull(maker.writes());
        assertEquals(List.of("-XX:ArchiveClassesAtExit=" + maker.writes(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), maker.options());
        assertEquals(List.of(), a.next().options(), "a second child while the first one makes it: neither makes nor maps one");
        Files.writeString(maker.writes(), "archive");
        a.written(maker, 0);
        assertFalse(Files.exists(maker.writes()));
        assertEquals("archive", Files.readString(jsa));
        assertFalse(Files.exists(older), "an earlier build's archive is dropped");
        ChildArchive.Launch user = a.next();
        assertNull(user.writes());
        assertEquals(List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), user.options());
    }

    @Test
    void aChildThatFailedLeavesNoArchiveAndALaterOneTriesAgain(@TempDir Path dir) throws IOException {
        Path jsa = dir.resolve("gillab-child-2.jsa");
        ChildArchive a = new ChildArchive(jsa);
        ChildArchive.Launch maker = a.next();
        Files.writeString(maker.writes(), "half");
        a.written(maker, 137);
        assertFalse(Files.exists(jsa));
        assertFalse(Files.exists(maker.writes()));
        assertNotNull(a.next().writes());
    }

    @Test
    void withoutSharingOrWithAFolderOnTheClassPathNothingIsTried() {
        assertEquals(List.of(), ChildArchive.forThisJvm(false).next().options());
        // tests run from target/classes, a folder the JVM cannot archive
        assertTrue(ChildArchive.forThisJvm(true).next().options().isEmpty() || System.getProperty("java.class.path").endsWith(".jar"));
    }
}
