package org.gillab.models.unsafe;

import java.util.Map;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;

/**
 * {@code unsafe}: threads share one heap and nothing at all is synchronized. Every hook is the
 * interpreter's default (plain counts, no critical sections, no lock to take), so this is the
 * zero-overhead baseline every other model's single-thread overhead is measured against, and, with
 * two workers or more on shared state, the demonstration of what a lock is for: lost updates, wrong
 * counts, leaks and uses after free, which the workload's check and the refcount audit report.
 */
public final class UnsafeFactory implements ModelFactory {
    @Override
    public String name() {
        return "unsafe";
    }

    @Override
    public String description() {
        return "no synchronization at all: the zero-overhead baseline, and what races do to a refcounted heap";
    }

    @Override
    public ConcurrencyModel create(ModelOptions options) {
        return new ConcurrencyModel() {
            @Override
            public Map<String, Long> counters() {
                return Map.of();
            }
        };
    }
}
