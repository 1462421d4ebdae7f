package org.gillab.models.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.gillab.workload.WorkloadFolder;

/** The shipped workloads ({@link WorkloadFolder}) and the kit's own programs. */
public final class Workloads {
    private Workloads() {}

    public static Path dir() {
        return WorkloadFolder.locate().orElseThrow(() -> new IllegalStateException("cannot find harness/workloads (set -D"
                + WorkloadFolder.PROPERTY + ")"));
    }

    public static Path file(String name) {
        return dir().resolve(name + ".py");
    }

    /**
     * Worker 0 sleeps {@code seconds} and returns when it woke; every other worker counts to SIZE and
     * returns when it finished. The check passes when every counter finished before the sleeper woke:
     * what a model that releases its lock around {@code time.sleep} gives, whatever the machine's load,
     * as long as counting to SIZE takes less than the sleep.
     */
    public static Path sleeperAndCounters(Path dir, double seconds) throws IOException {
        Path f = dir.resolve("sleeper_and_counters.py");
        Files.writeString(f, String.join("\n",
                "import time",
                "DESCRIPTION = 'worker 0 sleeps while the others count'",
                "CATEGORY = 'io'",
                "SIZE = 20000",
                "def work(part, parts, size, shared):",
                "    if part == 0:",
                "        time.sleep(" + seconds + ")",
                "        return time.time()",
                "    n = 0",
                "    for i in range(size):",
                "        n += i",
                "    return time.time()",
                "def check(results, size, parts):",
                "    return all(r < results[0] for r in results[1:])",
                ""));
        return f;
    }

    /**
     * A race program shipped with the kit (a resource next to this class), copied into {@code dir}:
     * real Python, so the same file runs on CPython.
     */
    public static Path race(Path dir, String name) throws IOException {
        Path f = dir.resolve(name + ".py");
        try (InputStream in = Workloads.class.getResourceAsStream(name + ".py")) {
            if (in == null) throw new IllegalStateException("no race program " + name + ".py in the contract kit");
            Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
        }
        return f;
    }
}
