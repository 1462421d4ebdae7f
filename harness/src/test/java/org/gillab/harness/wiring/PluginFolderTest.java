package org.gillab.harness.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gillab.harness.library.WorkloadLibrary;
import org.gillab.harness.metrics.CellResult;
import org.gillab.harness.metrics.Metrics;
import org.gillab.harness.sweep.RunSample;
import org.gillab.harness.sweep.SweepEvent;
import org.gillab.harness.sweep.SweepRunner;
import org.gillab.harness.sweep.SweepSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model added without a line of harness code: the worked example of docs/adding-a-model.md
 * (examples/fifo-gil, built before the harness), dropped into a plugins folder, is in the catalog,
 * and a sweep runs it in forked JVMs like any built-in model.
 */
class PluginFolderTest {
    static Path exampleJar() throws IOException {
        Path target = Path.of(System.getProperty("gillab.root", ".")).resolve("examples/fifo-gil/target");
        try (Stream<Path> s = Files.list(target)) {
            return s.filter(p -> p.getFileName().toString().matches("gillab-example-fifo-gil-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build examples/fifo-gil first (mvn verify builds it before the harness)"));
        }
    }

    /**
     * A plugin built outside the tree names the root pom as its parent by version; the versions of
     * gillab's own artifacts it manages are written out (gillab.version), so they must be the root's.
     */
    @Test
    void theParentManagesGillabsArtifactsAtItsOwnVersion() throws IOException {
        String pom = Files.readString(Home.root().resolve("pom.xml"));
        java.util.regex.Matcher own = java.util.regex.Pattern.compile("<artifactId>gillab-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        java.util.regex.Matcher managed = java.util.regex.Pattern.compile("<gillab.version>([^<]+)</gillab.version>").matcher(pom);
        assertTrue(own.find() && managed.find(), "no version or gillab.version in the root pom");
        assertEquals(own.group(1), managed.group(1), "gillab.version must be the root pom's own version");
    }

    @Test
    void thePluginsFolderIsInGillabsHomeNotTheWorkingDirectory() {
        Path home = Home.root();
        assertTrue(Files.isDirectory(home.resolve("harness/workloads")), home.toString());
        assertEquals(home.resolve("plugins"), Home.plugins());
        String root = System.clearProperty("gillab.root"); // found from where the harness's classes are, too
        try {
            assertEquals(home.normalize(), Home.root().normalize());
        } finally {
            if (root != null) System.setProperty("gillab.root", root);
        }
    }

    @Test
    void aJarInThePluginsFolderIsAModelLikeAnyOther(@TempDir Path plugins) throws IOException {
        Files.copy(exampleJar(), plugins.resolve("fifo-gil.jar"));
        Catalog without = Catalog.wire(null, WorkloadLibrary.defaultDirectory());
        assertFalse(without.models().containsKey("fifo-gil"));
        Catalog catalog = Catalog.wire(plugins, WorkloadLibrary.defaultDirectory());
        assertTrue(catalog.models().containsKey("fifo-gil"), catalog.models().keySet().toString());
        assertTrue(catalog.models().containsKey("gil"));
        assertEquals(1, catalog.plugins().jars().size());

        SweepSettings s = new SweepSettings(List.of("fifo-gil"), List.of(catalog.workload("countdown")), List.of(1, 2), 0.0, 0, 0.0,
                1, 0.002, Duration.ofSeconds(60), Map.of("fifo-gil", Map.of("interval", "1ms")), List.of(), false);
        List<SweepEvent.CellFinished> finished = new ArrayList<>();
        for (SweepEvent e : new SweepRunner(catalog, s).events().collectList().block()) {
            if (e instanceof SweepEvent.CellFinished f) finished.add(f);
        }
        List<CellResult> cells = Metrics.compute(finished, Map.of());
        assertEquals(3, cells.size());
        for (CellResult c : cells) {
            assertEquals(RunSample.OK, c.status(), c.toString());
            assertEquals(Boolean.TRUE, c.correct(), c.toString());
        }
        CellResult two = cells.stream().filter(c -> c.model().equals("fifo-gil") && c.workers() == 2).findFirst().orElseThrow();
        assertTrue(two.counters().containsKey("handoffs"), two.counters().toString());
    }
}
