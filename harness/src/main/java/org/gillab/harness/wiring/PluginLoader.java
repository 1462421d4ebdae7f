package org.gillab.harness.wiring;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.gillab.spi.ModelRegistry;

/**
 * Model plugins: every {@link org.gillab.spi.ModelPlugin} that {@link java.util.ServiceLoader} finds
 * on the class path and in the jars of a plugins folder ({@code plugins/} in gillab's home by default,
 * {@link Home#plugins}). A plugin needs no line of harness code: its jar lists its plugin class in
 * {@code META-INF/services/org.gillab.spi.ModelPlugin}. A forked JVM gets the same jars on its class
 * path, so that {@link ModelRegistry#discover()} there finds what the registry here found.
 */
public final class PluginLoader {
    private final List<Path> jars;
    private final ClassLoader loader;

    private PluginLoader(List<Path> jars, ClassLoader loader) {
        this.jars = jars;
        this.loader = loader;
    }

    /** The class path's plugins and those in {@code *.jar} under {@code folder} (absent: none). */
    public static PluginLoader of(Path folder) {
        List<Path> jars = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(p -> jars.add(p.toAbsolutePath()));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot list plugins folder " + folder + ": " + e.getMessage());
            }
        }
        ClassLoader parent = PluginLoader.class.getClassLoader();
        if (jars.isEmpty()) return new PluginLoader(List.of(), parent);
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("bad plugin path " + jars.get(i));
            }
        }
        return new PluginLoader(List.copyOf(jars), new URLClassLoader("gillab-plugins", urls, parent));
    }

    /** The models the class path and the folder's jars hold, wired once. */
    public ModelRegistry registry() {
        return ModelRegistry.discover(loader);
    }

    /** The plugin jars, which a forked JVM adds to its class path. */
    public List<Path> jars() {
        return jars;
    }
}
