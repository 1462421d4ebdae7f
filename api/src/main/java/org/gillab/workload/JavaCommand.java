package org.gillab.workload;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.gillab.vm.Tier;

/**
 * The command line of a child JVM that runs gillab code: this JVM's own {@code java} and class path,
 * the options a caller adds, then a main class. The one builder of such lines: a sweep's forks, exec's
 * rerun with the ticks compiled in, and the processes model's workers all start from it. Each step
 * returns a new command, so a shared prefix can serve many children.
 */
public final class JavaCommand {
    private final List<String> parts;

    private JavaCommand(List<String> parts) {
        this.parts = List.copyOf(parts);
    }

    /** This JVM's java executable, run under {@code launcher} (such as {@code taskset -c 0}) when that is not empty. */
    public static JavaCommand thisJava(List<String> launcher) {
        List<String> p = new ArrayList<>(launcher);
        p.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new JavaCommand(p);
    }

    public static JavaCommand thisJava() {
        return thisJava(List.of());
    }

    public JavaCommand with(List<String> options) {
        List<String> p = new ArrayList<>(parts);
        p.addAll(options);
        return new JavaCommand(p);
    }

    public JavaCommand with(String... options) {
        return with(List.of(options));
    }

    /** {@code -Dname=value}. */
    public JavaCommand withProperty(String name, Object value) {
        return with("-D" + name + "=" + value);
    }

    /** The engine this JVM runs ({@link Tier}), so that the child runs the same. */
    public JavaCommand withThisTier() {
        return withProperty(Tier.PROPERTY, Tier.current());
    }

    /** This JVM's own start-up options that {@code which} accepts (all of them: {@code a -> true}), in their order. */
    public JavaCommand withInherited(Predicate<String> which) {
        return with(ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(which).toList());
    }

    /** The whole command: {@code -cp} this JVM's class path and {@code moreClassPath}, {@code main}, {@code args}. */
    public List<String> running(Class<?> main, List<Path> moreClassPath, List<String> args) {
        StringBuilder cp = new StringBuilder(System.getProperty("java.class.path"));
        for (Path j : moreClassPath) cp.append(File.pathSeparator).append(j);
        List<String> p = new ArrayList<>(parts);
        p.add("-cp");
        p.add(cp.toString());
        p.add(main.getName());
        p.addAll(args);
        return List.copyOf(p);
    }
}
