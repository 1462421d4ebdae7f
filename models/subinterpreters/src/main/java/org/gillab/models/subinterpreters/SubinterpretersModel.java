package org.gillab.models.subinterpreters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;
import org.gillab.spi.ThreadHooks;
import org.gillab.spi.WorkerLayout;

/**
 * One run of the subinterpreters model. Reference counts are plain and containers unlocked: no object
 * but an immortal one (small ints, interned strings, built-in types and functions, which PEP 683 made
 * immortal precisely so that interpreters could share them) is ever reached from two interpreters.
 * Each interpreter gets a GIL of its own, {@code ceval_gil.c}'s, made by the gil model.
 */
final class SubinterpretersModel implements ConcurrencyModel {
    private final ModelFactory gilFactory;
    private final ModelOptions gilOptions;
    private final List<ConcurrencyModel> gils = new ArrayList<>(); // guarded by this

    private final long channelPollNanos;

    SubinterpretersModel(ModelFactory gilFactory, ModelOptions gilOptions, long channelPollNanos) {
        this.gilFactory = gilFactory;
        this.gilOptions = gilOptions;
        this.channelPollNanos = channelPollNanos;
    }

    /** {@code queue-wait=poll}: CPython 3.14's 10 ms between tries; {@code wake}: 0. */
    @Override
    public long channelPollNanos() {
        return channelPollNanos;
    }

    @Override
    public WorkerLayout layout() {
        return WorkerLayout.INTERPRETER_PER_WORKER;
    }

    /** PEP 684: a new interpreter, a new GIL. */
    @Override
    public synchronized ThreadHooks newInterpreterHooks() {
        ConcurrencyModel gil = gilFactory.create(gilOptions);
        gils.add(gil);
        return gil.threadHooks();
    }

    /** The per-interpreter GILs' counters, summed (each interpreter's lock is its own: contention shows only within one). */
    @Override
    public synchronized Map<String, Long> counters() {
        Map<String, Long> sum = new LinkedHashMap<>();
        sum.put("gils", (long) gils.size());
        for (ConcurrencyModel g : gils) {
            for (Map.Entry<String, Long> e : g.counters().entrySet()) sum.merge("gil-" + e.getKey(), e.getValue(), Long::sum);
        }
        if (gils.isEmpty()) for (String k : gilFactory.create(gilOptions).counters().keySet()) sum.put("gil-" + k, 0L);
        return sum;
    }
}
