package org.gillab.models.subinterpreters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.models.gil.GilFactory;
import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOption;
import org.gillab.spi.ModelOptionException;
import org.gillab.spi.ModelOptions;

/**
 * {@code subinterpreters}: PEP 684's per-interpreter GIL with PEP 734's model of use
 * ({@code concurrent.interpreters}, Python 3.14): every worker runs in an interpreter of its own, with
 * its own modules, objects and lock, and only copies cross between interpreters.
 */
public final class SubinterpretersFactory implements ModelFactory {
    private final GilFactory gil = new GilFactory();

    @Override
    public String name() {
        return "subinterpreters";
    }

    @Override
    public String description() {
        return "PEP 684/734: one interpreter per worker, each with its own GIL; values cross by copy";
    }

    static final String QUEUE_WAIT = "queue-wait";

    /** CPython 3.14's {@code Queue.get}/{@code put} sleep this long between tries ({@code _delay=10 / 1000}). */
    static final long CPYTHON_QUEUE_DELAY_NANOS = 10_000_000;

    /** The per-interpreter lock's settings (the GIL's own), and how a channel operation waits. */
    @Override
    public List<ModelOption> options() {
        List<ModelOption> all = new ArrayList<>(gil.options());
        all.add(new ModelOption(QUEUE_WAIT, "poll", "how a channel operation that must wait does: poll, every 10 ms as "
                + "concurrent.interpreters.Queue does in CPython 3.14, or wake, at once when it can go on"));
        return all;
    }

    @Override
    public ConcurrencyModel create(ModelOptions options) {
        Map<String, String> given = new LinkedHashMap<>(options.asMap());
        String wait = given.remove(QUEUE_WAIT);
        long poll = switch (wait == null ? "poll" : wait) {
            case "poll" -> CPYTHON_QUEUE_DELAY_NANOS;
            case "wake" -> 0;
            default -> throw new ModelOptionException("option " + QUEUE_WAIT + " of model subinterpreters: expected poll or wake, got '"
                    + wait + "'");
        };
        return new SubinterpretersModel(gil, ModelOptions.of(gil, given), poll);
    }
}
