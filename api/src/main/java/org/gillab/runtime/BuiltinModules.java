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
        FACTORIES.put("gc", GcModule::create);
        FACTORIES.put("hashlib", HashlibModule::create);
        FACTORIES.put("zlib", ZlibModule::create);
    }

    /** Modules written in Python (resources under org/gillab/runtime/pylib), compiled and run when imported. */
    private static final Set<String> PYTHON = Set.of("asyncio");

    /** The source of a module written in Python, or null if {@code name} is not one. */
    public static String pythonSource(String name) {
        if (!PYTHON.contains(name)) return null;
        try (java.io.InputStream in = BuiltinModules.class.getResourceAsStream("pylib/" + name + ".py")) {
            if (in == null) throw new IllegalStateException("the " + name + " module's source is missing from the jar");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A new module, or null if there is no such module. */
    public static PyModule create(String name) {
        Supplier<PyModule> f = FACTORIES.get(name);
        return f == null ? null : f.get();
    }

    public static Set<String> names() {
        Set<String> all = new java.util.LinkedHashSet<>(FACTORIES.keySet());
        all.addAll(new java.util.TreeSet<>(PYTHON));
        return all;
    }
}
