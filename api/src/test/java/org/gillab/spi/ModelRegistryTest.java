package org.gillab.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.inject.CreationException;

/** Discovery: plugins bind their factories into one map by name, through Guice. */
class ModelRegistryTest {
    /** Identity equality on purpose: two equal bindings would be merged by Guice, not reported. */
    private static final class Named implements ModelFactory {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override public String name() { return name; }

        @Override public String description() { return "test model " + name; }

        @Override public ConcurrencyModel create(ModelOptions options) {
            return () -> Map.of();
        }
    }

    private static final class Plugin extends ModelPlugin {
        Plugin(String name) {
            super(new Named(name));
        }
    }

    @Test
    void pluginsAreFoundByName() {
        Plugin a = new Plugin("alpha"), b = new Plugin("beta");
        ModelRegistry r = ModelRegistry.fromModules(List.of(b, a));
        assertEquals(List.of("alpha", "beta"), List.copyOf(r.all().keySet()));
        assertSame(a.factory(), r.get("alpha"));
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        ModelRegistry r = ModelRegistry.fromModules(List.of(new Plugin("alpha")));
        ModelOptionException e = assertThrows(UnknownModelException.class, () -> r.get("gamma"));
        assertEquals("unknown model 'gamma' (known: alpha)", e.getMessage());
        ModelOptionException none = assertThrows(ModelOptionException.class, () -> ModelRegistry.fromModules(List.of()).get("gil"));
        assertTrue(none.getMessage().contains("none on the class path"), none.getMessage());
    }

    @Test
    void anUnknownNameSuggestsTheNearestKnownOne() {
        ModelRegistry r = ModelRegistry.fromModules(List.of(new Plugin("gil"), new Plugin("gil-ticks"), new Plugin("free-threaded"),
                new Plugin("unsafe")));
        assertEquals("unknown model 'gli'; did you mean 'gil'? (known: free-threaded, gil, gil-ticks, unsafe)",
                assertThrows(UnknownModelException.class, () -> r.get("gli")).getMessage());
        assertTrue(assertThrows(UnknownModelException.class, () -> r.get("free")).getMessage().contains("did you mean 'free-threaded'?"));
        assertTrue(assertThrows(UnknownModelException.class, () -> r.get("unsaf")).getMessage().contains("did you mean 'unsafe'?"));
        for (String far : new String[] {"actors", "nope", "x", "gevnt-ticks"}) {
            String m = assertThrows(UnknownModelException.class, () -> r.get(far)).getMessage();
            assertTrue(!m.contains("did you mean"), m);
        }
    }

    /** A model whose one setting must be a number: its factory reads it when it makes a model. */
    private static final class Counting implements ModelFactory {
        int made;

        @Override public String name() { return "counting"; }

        @Override public String description() { return "test model with a numeric setting"; }

        @Override public List<ModelOption> options() {
            return List.of(new ModelOption("n", "1", "a number"));
        }

        @Override public ConcurrencyModel create(ModelOptions options) {
            options.getLong("n", 1);
            made++;
            return () -> Map.of();
        }
    }

    @Test
    void chooseChecksTheNameTheOptionNamesAndTheValues() {
        Counting f = new Counting();
        ModelRegistry r = ModelRegistry.fromModules(List.of(new ModelPlugin(f) {}));
        ModelChoice defaults = r.choose("counting", Map.of());
        assertEquals(0, f.made, "the defaults need no check");
        assertEquals(Map.of("n", "1"), defaults.options().asMap());
        ModelChoice given = r.choose("counting", Map.of("n", "7"));
        assertEquals(1, f.made, "given settings are checked by making one model");
        assertEquals("7", given.options().get("n"));
        assertSame(f, given.factory());
        assertTrue(assertThrows(ModelOptionException.class, () -> r.choose("counting", Map.of("n", "x"))).getMessage().contains("option n"));
        assertTrue(assertThrows(ModelOptionException.class, () -> r.choose("counting", Map.of("m", "1"))).getMessage()
                .contains("unknown option 'm'"));
        assertThrows(UnknownModelException.class, () -> r.choose("countng", Map.of()));
    }

    @Test
    void twoPluginsWithOneNameAreAWiringError() {
        assertThrows(CreationException.class, () -> ModelRegistry.fromModules(List.of(new Plugin("alpha"), new Plugin("alpha"))));
    }
}
