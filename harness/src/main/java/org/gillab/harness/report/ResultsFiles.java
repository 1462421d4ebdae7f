package org.gillab.harness.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.gillab.harness.metrics.CellResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** results.json and results.csv: written after a sweep (and after an interrupted one), read by compare. */
public final class ResultsFiles {
    private ResultsFiles() {}

    public static void writeJson(Results r, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), r);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads a results.json; a file that is not one is an {@link IOException} saying what is wrong. */
    public static Results readJson(Path file) throws IOException {
        try {
            Results r = Json.MAPPER.readValue(file.toFile(), Results.class);
            if (r.cells() == null) throw new IOException(file + ": not a gillab results file (no \"cells\")");
            return r;
        } catch (JsonProcessingException e) {
            throw new IOException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not a gillab results file: " + e.getOriginalMessage());
        }
    }

    /** One row per cell, the counters flattened into one {@code name=value;...} column. */
    public static void writeCsv(Results r, Path file) throws IOException {
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = csv.schemaFor(Row.class).withHeader();
        List<Row> rows = new ArrayList<>();
        for (CellResult c : r.cells()) rows.add(Row.of(c));
        csv.writer(schema).writeValue(file.toFile(), rows);
    }

    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"model", "workload", "workers", "size", "status", "correct",
            "wall_seconds_median", "wall_seconds_min", "wall_seconds_max", "cpu_seconds_median", "speedup",
            "slowdown_vs_baseline", "single_thread_overhead", "parallel_efficiency", "peak_memory_bytes", "runs", "reason",
            "counters"})
    record Row(@com.fasterxml.jackson.annotation.JsonProperty("model") String model,
               @com.fasterxml.jackson.annotation.JsonProperty("workload") String workload,
               @com.fasterxml.jackson.annotation.JsonProperty("workers") int workers,
               @com.fasterxml.jackson.annotation.JsonProperty("size") long size,
               @com.fasterxml.jackson.annotation.JsonProperty("status") String status,
               @com.fasterxml.jackson.annotation.JsonProperty("correct") Boolean correct,
               @com.fasterxml.jackson.annotation.JsonProperty("wall_seconds_median") Double wallSecondsMedian,
               @com.fasterxml.jackson.annotation.JsonProperty("wall_seconds_min") Double wallSecondsMin,
               @com.fasterxml.jackson.annotation.JsonProperty("wall_seconds_max") Double wallSecondsMax,
               @com.fasterxml.jackson.annotation.JsonProperty("cpu_seconds_median") Double cpuSecondsMedian,
               @com.fasterxml.jackson.annotation.JsonProperty("speedup") Double speedup,
               @com.fasterxml.jackson.annotation.JsonProperty("slowdown_vs_baseline") Double slowdownVsBaseline,
               @com.fasterxml.jackson.annotation.JsonProperty("single_thread_overhead") Double singleThreadOverhead,
               @com.fasterxml.jackson.annotation.JsonProperty("parallel_efficiency") Double parallelEfficiency,
               @com.fasterxml.jackson.annotation.JsonProperty("peak_memory_bytes") Long peakMemoryBytes,
               @com.fasterxml.jackson.annotation.JsonProperty("runs") int runs,
               @com.fasterxml.jackson.annotation.JsonProperty("reason") String reason,
               @com.fasterxml.jackson.annotation.JsonProperty("counters") String counters) {
        static Row of(CellResult c) {
            StringJoiner j = new StringJoiner(";");
            for (Map.Entry<String, Long> e : c.counters().entrySet()) j.add(e.getKey() + "=" + e.getValue());
            return new Row(c.model(), c.workload(), c.workers(), c.size(), c.status(), c.correct(), c.wallSecondsMedian(),
                    c.wallSecondsMin(), c.wallSecondsMax(), c.cpuSecondsMedian(), c.speedup(), c.slowdownVsBaseline(),
                    c.singleThreadOverhead(), c.parallelEfficiency(), c.peakMemoryBytes(), c.runs(), c.reason(), j.toString());
        }
    }
}
