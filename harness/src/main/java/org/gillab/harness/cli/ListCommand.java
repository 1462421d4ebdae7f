package org.gillab.harness.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.concurrent.Callable;

import org.gillab.harness.library.Workload;
import org.gillab.harness.library.WorkloadLibrary;
import org.gillab.harness.library.WorkloadLibrary.LibraryError;
import org.gillab.harness.wiring.Catalog;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOption;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gillab list}: the models (class path and plugins) with their settings, and the workload library. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the models, with their settings, and the workloads.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--models", description = "only the models")
    boolean onlyModels;

    @Option(names = "--workloads", description = "only the workloads")
    boolean onlyWorkloads;

    @Mixin
    PluginsOption plugins;

    @Override
    public Integer call() {
        Catalog catalog;
        try {
            catalog = plugins.catalog();
        } catch (LibraryError | IllegalArgumentException e) {
            return Usage.error(spec, e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean both = onlyModels == onlyWorkloads;
        if (both || onlyModels) {
            out.println("Models:");
            printModels(catalog.models().values(), out);
        }
        if (both) out.println();
        if (both || onlyWorkloads) {
            out.println("Workloads (" + WorkloadLibrary.defaultDirectory() + "):");
            for (Workload w : catalog.workloads().values()) {
                out.printf("  %-16s %-12s SIZE %-10d %s%n", w.name(), w.info().category().label, w.info().defaultSize(), w.info().description());
            }
        }
        out.flush();
        return 0;
    }

    /** Each model and its settings, each setting as {@code -o} takes it ({@code gil.interval=5ms}). */
    static void printModels(Collection<ModelFactory> models, PrintWriter out) {
        for (ModelFactory f : models) {
            out.printf("  %-16s %s%n", f.name(), f.description());
            for (ModelOption o : f.options()) out.printf("      -o %s.%s=%s  %s%n", f.name(), o.name(), o.defaultValue(), o.description());
        }
        out.flush();
    }
}
