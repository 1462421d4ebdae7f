package org.gillab.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code harness/workloads/pipeline.py} on two workers (one producer, one consumer, a bounded
 * channel) under one model; any model on the class path runs it by name ({@code -p channelModel=NAME}).
 */
@State(Scope.Benchmark)
public class ChannelStream {
    @Param({"gil", "free-threaded", "gevent", "subinterpreters", "actors", "processes"})
    public String channelModel;

    WorkloadCase run;

    @Setup(Level.Trial)
    public void setUp() {
        run = new WorkloadCase(WorkloadFiles.shipped("pipeline"), channelModel, 2, ChannelBench.MESSAGES);
    }
}
