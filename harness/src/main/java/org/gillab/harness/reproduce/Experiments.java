package org.gillab.harness.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every experiment {@code gillab reproduce} knows, in the order it runs them. */
public final class Experiments {
    private Experiments() {}

    private static final List<Experiment> ALL = List.of(new NoiseFloor(), new BeazleyCountdown(), new ConvoyEffect(), new SwitchInterval(),
            new OldGilBattle(), new GregOverhead(), new FreeThreadedOverhead(), new SharedObjectContention(), new IsolationCosts(),
            new LostUpdates(), new NativeRelease());

    public static List<Experiment> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(Experiment::name).toList();
    }

    /** The experiments called {@code names}, in the order given (empty: all); an unknown name is an {@link IllegalArgumentException}. */
    public static List<Experiment> named(List<String> names) {
        if (names == null || names.isEmpty()) return ALL;
        Map<String, Experiment> byName = new LinkedHashMap<>();
        for (Experiment e : ALL) byName.put(e.name(), e);
        List<Experiment> out = new ArrayList<>();
        for (String n : names) {
            Experiment e = byName.get(n);
            if (e == null) throw new IllegalArgumentException("unknown experiment '" + n + "' (known: " + String.join(", ", names()) + ")");
            if (!out.contains(e)) out.add(e);
        }
        return out;
    }
}
