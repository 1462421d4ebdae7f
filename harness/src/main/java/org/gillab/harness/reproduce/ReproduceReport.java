package org.gillab.harness.reproduce;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gillab.harness.report.Json;
import org.gillab.harness.report.Machine;

/**
 * What {@code gillab reproduce} prints and writes: a block per experiment on the terminal;
 * reproduce.json (the machine, then one object per experiment) and reproduce.md (the table for
 * docs/results.md). Formats: docs/results-format.md.
 */
public final class ReproduceReport {
    private ReproduceReport() {}

    /** reproduce.json. */
    public record File(int schemaVersion, String generated, Machine machine, String command, List<ReproduceResult> experiments) {
        public static final int SCHEMA_VERSION = 1;
    }

    public static void print(List<ReproduceResult> results, PrintWriter out) {
        for (ReproduceResult r : results) {
            out.println(r.name() + "  (" + r.source() + ")");
            out.println("  reference : " + r.reference());
            out.println("  CPython   : " + r.cpython());
            out.println("  gillab    : " + r.gillab());
            out.println("  verdict   : " + r.verdict() + "  [band: " + r.band() + "]");
            out.println();
        }
        out.flush();
    }

    public static void write(File file, Path dir) throws IOException {
        Files.createDirectories(dir);
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("reproduce.json").toFile(), file);
        Files.writeString(dir.resolve("reproduce.md"), markdown(file));
    }

    static String markdown(File f) {
        StringBuilder b = new StringBuilder();
        b.append("Machine: ").append(f.machine().cores()).append(" cores, ").append(f.machine().cpu()).append(", ")
                .append(f.machine().os()).append(", ").append(f.machine().jvm()).append(". Date: ").append(f.generated())
                .append(". Command: `").append(f.command()).append("`.\n\n");
        b.append("| experiment | reference | CPython here | gillab | verdict (band) |\n|---|---|---|---|---|\n");
        for (ReproduceResult r : f.experiments()) {
            b.append("| `").append(r.name()).append("` | ").append(cell(r.reference())).append(" | ").append(cell(r.cpython()))
                    .append(" | ").append(cell(r.gillab())).append(" | ").append(cell(r.verdict() + " (" + r.band() + ")")).append(" |\n");
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
