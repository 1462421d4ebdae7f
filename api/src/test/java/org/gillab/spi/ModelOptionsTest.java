package org.gillab.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Model settings: defaults, parsing, and errors that name the option at fault. */
class ModelOptionsTest {
    private static final List<ModelOption> DECLARED = List.of(
            new ModelOption("interval", "5ms", "switch interval"),
            new ModelOption("check-interval", "100", "ticks"),
            new ModelOption("force-switching", "true", "wait for a taker"));

    private static ModelOptions of(Map<String, String> given) {
        return ModelOptions.of("gil", DECLARED, given);
    }

    @Test
    void defaultsFillWhatIsNotGiven() {
        ModelOptions o = of(Map.of("check-interval", "10"));
        assertEquals(5_000_000L, o.getDurationNanos("interval"));
        assertEquals(10, o.getLong("check-interval", 1));
        assertTrue(o.getBoolean("force-switching"));
    }

    @Test
    void durationsTakeEveryUnit() {
        assertEquals(1_000_000L, of(Map.of("interval", "1ms")).getDurationNanos("interval"));
        assertEquals(200_000L, of(Map.of("interval", "200us")).getDurationNanos("interval"));
        assertEquals(500L, of(Map.of("interval", "500ns")).getDurationNanos("interval"));
        assertEquals(10_000_000L, of(Map.of("interval", "0.01s")).getDurationNanos("interval"));
    }

    @Test
    void badValuesNameTheOption() {
        for (String bad : new String[] {"fast", "-1ms", "0ms", "5", "ms"}) {
            ModelOptionException e = assertThrows(ModelOptionException.class, () -> of(Map.of("interval", bad)).getDurationNanos("interval"));
            assertTrue(e.getMessage().contains("option interval of model gil") && e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        ModelOptionException e = assertThrows(ModelOptionException.class, () -> of(Map.of("check-interval", "0")).getLong("check-interval", 1));
        assertTrue(e.getMessage().contains("check-interval") && e.getMessage().contains(">= 1"), e.getMessage());
        e = assertThrows(ModelOptionException.class, () -> of(Map.of("force-switching", "maybe")).getBoolean("force-switching"));
        assertTrue(e.getMessage().contains("force-switching"), e.getMessage());
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        ModelOptionException e = assertThrows(ModelOptionException.class, () -> of(Map.of("intervall", "1ms")));
        assertEquals("unknown option 'intervall' for model gil (known: interval, check-interval, force-switching)", e.getMessage());
        e = assertThrows(ModelOptionException.class, () -> ModelOptions.of("unsafe", List.of(), Map.of("x", "1")));
        assertEquals("unknown option 'x' for model unsafe (it takes no options)", e.getMessage());
    }

    @Test
    void theMapKeepsDeclarationOrder() {
        // eight options: a hashed map would keep this order in one JVM out of 40,320
        List<String> names = List.of("h", "g", "f", "e", "d", "c", "b", "a");
        List<ModelOption> declared = names.stream().map(n -> new ModelOption(n, "1", "option " + n)).toList();
        assertEquals(names, List.copyOf(ModelOptions.of("m", declared, Map.of("c", "2")).asMap().keySet()));
    }
}
