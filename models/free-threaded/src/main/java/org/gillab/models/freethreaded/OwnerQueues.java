package org.gillab.models.freethreaded;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.gillab.obj.PyObject;
import org.gillab.spi.Rc;
import org.gillab.vm.ThreadState;

/**
 * The merge queues of biased reference counting (CPython's {@code Python/brc.c}): an object whose
 * shared count a non-owner would drive below zero is handed to its owner, which is asked through its
 * eval breaker to merge it at its next safe point ({@code _Py_brc_queue_object},
 * {@code _Py_brc_merge_refcounts}).
 *
 * <p>A queue is open from the owner's attach to its detach. An owner that has detached will never
 * merge again, so the thread that finds one of its objects merges it there and then, under the
 * queue's lock, which orders the merge after the owner's last use of its local count (as
 * {@code _Py_brc_queue_object} does when it finds no thread state for the owner). From then on the
 * object is merged and the shared count alone decides: CPython's abandoned objects.
 */
final class OwnerQueues {
    /** The eval-breaker bit that asks an owner to merge its queue (CPython's _PY_EVAL_EXPLICIT_MERGE_BIT). */
    static final int MERGE_REQUEST = 1;

    private static final class Queue {
        final ThreadState owner;
        final List<PyObject> objects = new ArrayList<>();
        boolean closed;

        Queue(ThreadState owner) {
            this.owner = owner;
        }
    }

    private final ConcurrentHashMap<Thread, Queue> byOwner = new ConcurrentHashMap<>();
    private final Counters counters;

    OwnerQueues(Counters counters) {
        this.counters = counters;
    }

    /** The calling thread attaches as {@code ts}: objects it owns are queued to it from now on. */
    void open(ThreadState ts) {
        byOwner.put(Thread.currentThread(), new Queue(ts));
    }

    /** Hands {@code o} (its state just set to queued) to its owner, or merges it here if the owner is gone. */
    void queue(PyObject o) {
        Queue q = byOwner.get(o.owner);
        boolean dead;
        if (q == null) {
            dead = SharedCount.mergeDroppingOne(o); // its owner never ran Python code in this run
        } else {
            synchronized (q) {
                if (!q.closed) {
                    q.objects.add(o);
                    q.owner.requestBreaker(MERGE_REQUEST);
                    counters.bump(Counters.QUEUED);
                    return;
                }
                dead = SharedCount.mergeDroppingOne(o);
            }
        }
        counters.bump(Counters.ABANDONED);
        counters.bump(Counters.MERGES);
        if (dead) Rc.deallocate(o); // outside the lock: freeing may queue other objects
    }

    /** The calling thread merges what was queued to it (at a safe point). */
    void drain() {
        Queue q = byOwner.get(Thread.currentThread());
        if (q != null) mergeAll(take(q, false));
    }

    /** The calling thread detaches: merges its queue until it stays empty, then closes it. */
    void close() {
        Queue q = byOwner.get(Thread.currentThread());
        if (q == null) return;
        for (List<PyObject> batch = take(q, true); !batch.isEmpty(); batch = take(q, true)) mergeAll(batch);
    }

    private static List<PyObject> take(Queue q, boolean closeIfEmpty) {
        synchronized (q) {
            if (q.objects.isEmpty()) {
                if (closeIfEmpty) q.closed = true;
                return List.of();
            }
            List<PyObject> batch = new ArrayList<>(q.objects);
            q.objects.clear();
            return batch;
        }
    }

    private void mergeAll(List<PyObject> batch) {
        for (PyObject o : batch) {
            counters.bump(Counters.MERGES);
            if (SharedCount.mergeDroppingOne(o)) Rc.deallocate(o);
        }
    }
}
