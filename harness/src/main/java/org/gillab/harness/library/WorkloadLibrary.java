package org.gillab.harness.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.gillab.lang.SourceError;
import org.gillab.workload.WorkloadError;
import org.gillab.workload.WorkloadFolder;
import org.gillab.workload.WorkloadRunner;

/**
 * The shipped workloads ({@code harness/workloads/*.py}), each read once for what its module
 * declares, plus any file a user names with {@code --workload path/to/file.py}.
 */
public final class WorkloadLibrary {
    private final Path directory;
    private final Map<String, Workload> workloads;

    private WorkloadLibrary(Path directory, Map<String, Workload> workloads) {
        this.directory = directory;
        this.workloads = workloads;
    }

    /** Reads every {@code *.py} in {@code directory}; a shipped file that is faulty is a {@link LibraryError}. */
    public static WorkloadLibrary load(Path directory) {
        Map<String, Workload> found = new TreeMap<>();
        if (Files.isDirectory(directory)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(directory)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().toList();
            } catch (IOException e) {
                throw new LibraryError("cannot list the workload library " + directory + ": " + e.getMessage());
            }
            for (Path f : files) {
                Workload w = inspect(f);
                found.put(w.name(), w);
            }
        }
        return new WorkloadLibrary(directory, Collections.unmodifiableMap(found));
    }

    /** Where the shipped workloads are ({@link WorkloadFolder}); none found: {@code harness/workloads}, which loading reports missing. */
    public static Path defaultDirectory() {
        return WorkloadFolder.locate().orElse(Path.of("harness", "workloads"));
    }

    public Path directory() {
        return directory;
    }

    public Map<String, Workload> all() {
        return workloads;
    }

    /** A user's workload file, checked as the shipped ones are. */
    public static Workload inspect(Path file) {
        try {
            return new Workload(Workload.nameOf(file), file.toAbsolutePath().normalize(), WorkloadRunner.inspect(file));
        } catch (SourceError e) {
            throw new LibraryError(e.render().strip());
        } catch (WorkloadError e) {
            throw new LibraryError(e.getMessage());
        } catch (IOException e) {
            throw new LibraryError("cannot read " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
    }

    /** A workload that cannot be found, read or understood: a one-line (or source-pointing) user error. */
    public static final class LibraryError extends RuntimeException {
        public LibraryError(String message) {
            super(message);
        }
    }
}
