package org.gillab.stress;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Objects created by a thread that is never an actor. Biased reference counting gives the creating
 * thread a fast path, and jcstress creates a test's states on its actor threads (each actor remakes
 * half of them between rounds), so an object made in a state's constructor is owned by one of the
 * actors about half of the time. An object taken from here is owned by neither.
 */
final class ForeignOwner {
    private ForeignOwner() {}

    private static final BlockingQueue<CountedObject> MADE = new ArrayBlockingQueue<>(4096);

    static {
        Thread maker = new Thread(ForeignOwner::makeForever, "gillab-stress-foreign-owner");
        maker.setDaemon(true);
        maker.start();
    }

    private static void makeForever() {
        try {
            for (;;) MADE.put(new CountedObject());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A fresh object whose owner is the maker thread. */
    static CountedObject object() {
        try {
            return MADE.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an object", e);
        }
    }
}
