package org.gillab.workload;

import java.util.concurrent.TimeUnit;

import org.gillab.vm.PyThread;

/** {@link WorkerHost#THREADS}: an {@link IsolatedWorker} on a thread of its own. */
final class ThreadWorkerHost implements StartedWorker {
    private final IsolatedWorker worker;
    private final PyThread thread;
    private volatile WorkerResult result;

    private ThreadWorkerHost(WorkerTask task) {
        this.worker = new IsolatedWorker(task);
        this.thread = new PyThread(() -> result = worker.run(), "gillab-worker-" + task.part());
        thread.setDaemon(true);
    }

    static StartedWorker start(WorkerTask task) {
        ThreadWorkerHost w = new ThreadWorkerHost(task);
        w.thread.start();
        return w;
    }

    @Override
    public boolean join(long deadlineNanos) throws InterruptedException {
        long left = deadlineNanos - System.nanoTime();
        if (left > 0) TimeUnit.NANOSECONDS.timedJoin(thread, left);
        return !thread.isAlive();
    }

    @Override
    public WorkerResult result() {
        return result;
    }

    @Override
    public void abandon() {
        worker.abandon();
    }
}
