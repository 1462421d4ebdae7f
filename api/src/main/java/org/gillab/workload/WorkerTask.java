package org.gillab.workload;

import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;

import org.gillab.lang.Source;
import org.gillab.runtime.Shareable;
import org.gillab.spi.ThreadHooks;

/**
 * One isolated worker's task, as a {@link WorkerHost} receives it: run {@code source} as module
 * {@code moduleName} in an interpreter of the worker's own (with {@code hooks}, its lock), count down
 * {@code ready}, wait for {@code go}, then call {@code work(part, parts, size, shared)}. Program
 * output goes to {@code out}.
 */
public record WorkerTask(int part, int parts, long size, Shareable shared, Source source, String moduleName,
                         OutputStream out, ThreadHooks hooks, CountDownLatch ready, CountDownLatch go) {}
