package org.gillab.harness.sweep;

import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;
import org.gillab.spi.ModelPlugin;

/**
 * Models that only a test would write, found on the test class path like any plugin: one whose JVM
 * dies as soon as a run starts, one that never answers (stuck before any safe point).
 */
public final class TestModels {
    private TestModels() {}

    private record Factory(String name, Runnable onCreate) implements ModelFactory {
        @Override public String description() { return "test model: " + name; }
        @Override public ConcurrencyModel create(ModelOptions options) {
            onCreate.run();
            return Map::of;
        }
    }

    /** Its JVM exits with status 9 when a run starts (as a JVM killed or out of memory would end). */
    public static final class DiesPlugin extends ModelPlugin {
        public DiesPlugin() {
            super(new Factory("test-dies", () -> Runtime.getRuntime().halt(9)));
        }
    }

    /** Never returns from making the model: no safe point, no timeout of its own can help. */
    public static final class StuckPlugin extends ModelPlugin {
        public StuckPlugin() {
            super(new Factory("test-stuck", () -> {
                while (true) LockSupport.park();
            }));
        }
    }
}
