package org.gillab.models.processes;

import java.util.Arrays;
import java.util.List;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOption;
import org.gillab.spi.ModelOptions;

/**
 * {@code processes}: process-per-worker, as {@code multiprocessing} with the spawn start method: each
 * worker is a fresh child JVM running its own interpreter; the task and every value the workers
 * exchange are serialized over pipes.
 */
public final class ProcessesFactory implements ModelFactory {
    static final String JAVA_OPTIONS = "java-options";
    static final String CLASS_DATA_SHARING = "class-data-sharing";

    @Override
    public String name() {
        return "processes";
    }

    @Override
    public String description() {
        return "multiprocessing's spawn start method: one child JVM per worker, values serialized over pipes";
    }

    @Override
    public List<ModelOption> options() {
        return List.of(new ModelOption(JAVA_OPTIONS, "",
                "extra JVM options for every worker process, separated by spaces (-Xmx and the collector are inherited)"),
                new ModelOption(CLASS_DATA_SHARING, "true", "start children with an application class-data archive of the "
                        + "interpreter's classes, made by the first child where none exists (false: without)"));
    }

    @Override
    public ConcurrencyModel create(ModelOptions options) {
        String extra = options.get(JAVA_OPTIONS).strip();
        List<String> jvm = extra.isEmpty() ? List.of() : Arrays.asList(extra.split("\\s+"));
        return new ProcessesModel(new ChildCommand(jvm, ChildArchive.forThisJvm(options.getBoolean(CLASS_DATA_SHARING))));
    }
}
