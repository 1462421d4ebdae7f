package org.gillab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The suite's round-trip workload ({@code workloads/channel_roundtrip.py} in the jar) on two workers
 * under one model. A channel is a queue of references under the shared-heap models and carries copies
 * between interpreters under the isolated ones; any model on the class path runs it by name
 * ({@code -p channelModel=NAME}).
 */
@State(Scope.Benchmark)
public class ChannelRoundTrip {
    @Param({"gil", "free-threaded", "gevent", "subinterpreters", "actors", "processes"})
    public String channelModel;

    WorkloadCase run;
    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("gillab-bench");
        run = new WorkloadCase(WorkloadFiles.ownCopy("channel_roundtrip.py", dir), channelModel, 2, ChannelBench.ROUND_TRIPS);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f);
        }
        Files.deleteIfExists(dir);
    }
}
