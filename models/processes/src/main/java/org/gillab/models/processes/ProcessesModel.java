package org.gillab.models.processes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.WorkerLayout;
import org.gillab.workload.LiveChildren;
import org.gillab.workload.StartedWorker;
import org.gillab.workload.WorkerHost;
import org.gillab.workload.WorkerResult;
import org.gillab.workload.WorkerTask;

/**
 * One run of the processes model: every worker is a child JVM with an interpreter of its own; the
 * parent (this JVM, running the main interpreter) keeps every channel and serves the children's
 * channel operations. A child's interpreter is the only one in its process, on one thread, so it
 * takes no lock; the main interpreter's threads take none either, as under the other isolated models'
 * main interpreter nothing else runs Python meanwhile.
 */
final class ProcessesModel implements ConcurrencyModel {
    private final ChildCommand command;
    private final ProcessCounters counters = new ProcessCounters();
    private final ChannelTable channels = new ChannelTable();
    private final List<ChildConnection> children = new ArrayList<>(); // guarded by this

    ProcessesModel(ChildCommand command) {
        this.command = command;
    }

    @Override
    public WorkerLayout layout() {
        return WorkerLayout.INTERPRETER_PER_WORKER;
    }

    @Override
    public WorkerHost workerHost() {
        return this::start;
    }

    private StartedWorker start(WorkerTask task) {
        ChildCommand.Launch launch = command.forWorker(task.part());
        ProcessBuilder pb = new ProcessBuilder(launch.command());
        long launched = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            task.ready().countDown();
            counters.died.increment();
            return new Finished(new WorkerResult(null, List.of(), List.of("worker " + task.part()
                    + "'s process could not be started: " + e.getMessage()), 0, 0, System.nanoTime()));
        }
        LiveChildren.add(p);
        if (launch.archive().writes() != null) p.onExit().thenAccept(done -> command.exited(launch, done.exitValue()));
        counters.started.increment();
        ChildConnection c = new ChildConnection(task, p, launched, channels, counters);
        if (launch.archive().writes() != null) c.exitGrace(60); // dumping the archive at exit takes a second or more
        synchronized (this) {
            children.add(c);
        }
        return c;
    }

    /** The children started so far, for tests. */
    synchronized List<ChildConnection> children() {
        return List.copyOf(children);
    }

    @Override
    public Map<String, Long> counters() {
        return counters.snapshot();
    }

    /** No child outlives its run: the run is over, so whatever is still alive is killed. */
    @Override
    public void close() {
        for (ChildConnection c : children()) c.close();
    }

    /** A worker that ended before it began. */
    private record Finished(WorkerResult result) implements StartedWorker {
        @Override
        public boolean join(long deadlineNanos) {
            return true;
        }

        @Override
        public void abandon() {}
    }
}
