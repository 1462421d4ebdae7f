package org.gillab.models.freethreaded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.gillab.models.contract.ModelRuns;
import org.gillab.spi.ModelOptionException;
import org.gillab.spi.ModelOptions;
import org.gillab.spi.Rc;
import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.Test;

/**
 * {@code release=3.13|3.14}: what happens to the module-level functions, classes and modules when the
 * workers start. Under each, a program whose workers make and drop classes and functions, delete
 * module-level ones and a module-level reference to a module, and import a module (gillab makes a
 * module object only on import, once per module: no workload can make and free one) ends with an
 * exact audit.
 */
class ReleaseTest {
    private static Path churn() throws URISyntaxException {
        return Path.of(ReleaseTest.class.getResource("/release_churn.py").toURI());
    }

    private static RunOutcome run(Map<String, String> options) throws URISyntaxException {
        return ModelRuns.run(new FreeThreadedFactory(), options, churn(), 3, 300, Duration.ofSeconds(60)).outcome();
    }

    /**
     * The module and its dict; math and its dict (its functions are built-in); Base, C0-C2 (each with
     * its dict) and Base.get; f0-f2, make_class, make_fn, setup, work, check.
     */
    private static final long SET_ASIDE = 2 + 2 + 4 * 2 + 1 + 8;

    @Test
    void release313MakesThemImmortalAndTheAuditStaysExact() throws URISyntaxException {
        RunOutcome r = run(Map.of("release", "3.13"));
        assertEquals(RunOutcome.Check.PASSED, r.check(), r.errors().toString());
        assertTrue(r.audit().clean(), r.audit().summary() + " " + r.audit().details());
        Map<String, Long> c = r.counters();
        assertEquals(SET_ASIDE, c.get("immortalized"), c.toString());
        assertEquals(0, c.get("deferred-objects"), c.toString());
        assertEquals(0, c.get("deferred-refcount-ops"), "an immortal object is never counted: " + c);
    }

    @Test
    void release314DefersThemAndTheAuditStaysExact() throws URISyntaxException {
        RunOutcome r = run(Map.of("release", "3.14"));
        assertEquals(RunOutcome.Check.PASSED, r.check(), r.errors().toString());
        assertTrue(r.audit().clean(), r.audit().summary() + " " + r.audit().details());
        Map<String, Long> c = r.counters();
        assertEquals(SET_ASIDE, c.get("deferred-objects"), c.toString());
        assertEquals(0, c.get("immortalized"), c.toString());
        // each worker's make_class, make_fn and Base per iteration: no shared count is written for them
        assertTrue(c.get("deferred-refcount-ops") >= 3 * 300 * 3, c.toString());
    }

    /**
     * 3.14's deferred objects are freed by the collector, not by a decrement: a module-level class and
     * function a worker deletes are found by its gc.collect(), cycle or not, and the audit stays exact.
     * Under 3.13 they are immortal and never found.
     */
    @Test
    void release314sCollectorFreesDeferredGarbageAnd313sNever() throws URISyntaxException {
        Path gc = Path.of(ReleaseTest.class.getResource("/release_gc.py").toURI());
        long[] found = new long[2];
        String[] releases = {"3.13", "3.14"};
        for (int i = 0; i < 2; i++) {
            RunOutcome r = ModelRuns.run(new FreeThreadedFactory(), Map.of("release", releases[i]), gc, 2, 10, Duration.ofSeconds(60)).outcome();
            assertEquals(RunOutcome.Check.PASSED, r.check(), releases[i] + " " + r.errors());
            assertTrue(r.audit().clean(), releases[i] + " " + r.audit().summary() + " " + r.audit().details());
            found[i] = Long.parseLong(r.results().get(0));
        }
        // Victim, its dict, Victim.method and victim_fn at least (3.14 collects them; 3.13 made them immortal)
        assertTrue(found[1] >= found[0] + 4, "gc.collect() found " + found[0] + " under 3.13, " + found[1] + " under 3.14");
    }

    @Test
    void theNewestReleaseIsTheDefault() {
        assertEquals("3.14", ModelOptions.of("free-threaded", new FreeThreadedFactory().options(), Map.of()).get("release"));
    }

    @Test
    void anUnknownReleaseIsAUsageErrorNamingTheOption() {
        FreeThreadedFactory f = new FreeThreadedFactory();
        ModelOptionException e = assertThrows(ModelOptionException.class,
                () -> f.create(ModelOptions.of(f.name(), f.options(), Map.of("release", "3.12"))));
        assertTrue(e.getMessage().contains("release") && e.getMessage().contains("3.13, 3.14"), e.getMessage());
    }

    /** 3.13 immortalizes for good: a count change afterwards, even one that would free it, changes nothing. */
    @Test
    void anImmortalizedObjectIsNeverFreed() throws InterruptedException {
        try (Fixture fx = new Fixture(Map.of("release", "3.13"))) {
            Fixture.Probe p = new Fixture.Probe();
            Rc.immortalizeAtRuntime(p);
            try (Attached other = fx.thread(1)) {
                other.run(() -> {
                    Rc.decref(p);
                    Rc.decref(p);
                });
            }
            Rc.decref(p);
            assertEquals(0, p.freed.get());
            assertTrue(Rc.isImmortal(p));
        }
    }
}
