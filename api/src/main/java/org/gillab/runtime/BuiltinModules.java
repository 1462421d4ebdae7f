package org.gillab.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.gillab.obj.PyModule;

/** The modules a program can import, each made fresh per interpreter. */
public final class BuiltinModules {
    private BuiltinModules() {}

    private static final Map<String, Supplier<PyModule>> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put("math", MathModule::create);
        FACTORIES.put("time", TimeModule::create);
        FACTORIES.put("random", RandomModule::create);
        FACTORIES.put("threading", ThreadingModule::create);
        FACTORIES.put("socket", SocketModule::create);
        FACTORIES.put("channels", ChannelsModule::create);
        FACTORIES.put("hashlib", HashlibModule::create);
        FACTORIES.put("zlib", ZlibModule::create);
    }

    /** A new module, or null if there is no such module. */
    public static PyModule create(String name) {
        Supplier<PyModule> f = FACTORIES.get(name);
        return f == null ? null : f.get();
    }

    /** Adds a module (a model's own module, for instance). */
    public static synchronized void register(String name, Supplier<PyModule> factory) {
        FACTORIES.put(name, factory);
    }

    public static Set<String> names() {
        return FACTORIES.keySet();
    }
}
