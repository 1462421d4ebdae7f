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
        ModelOptionException e = assertThrows(ModelOptionException.class, () -> r.get("gamma"));
        assertEquals("unknown model 'gamma' (known: alpha)", e.getMessage());
        ModelOptionException none = assertThrows(ModelOptionException.class, () -> ModelRegistry.fromModules(List.of()).get("gil"));
        assertTrue(none.getMessage().contains("none on the class path"), none.getMessage());
    }

    @Test
    void twoPluginsWithOneNameAreAWiringError() {
        assertThrows(CreationException.class, () -> ModelRegistry.fromModules(List.of(new Plugin("alpha"), new Plugin("alpha"))));
    }
}
