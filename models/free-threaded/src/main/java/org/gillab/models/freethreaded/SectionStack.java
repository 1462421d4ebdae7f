package org.gillab.models.freethreaded;

import java.util.Arrays;

/**
 * One thread's critical sections, innermost last (CPython's chain of {@code PyCriticalSection}s from
 * {@code tstate->critical_section}).
 *
 * <p>A thread that would block suspends its sections: every active one gives up its lock, so that a
 * thread waiting in a blocking call, or for another object's lock, never holds a lock another thread
 * may need (PEP 703: this is what makes nested critical sections deadlock-free). Resuming is lazy, as
 * in CPython's {@code _PyCriticalSection_Resume}: after the wait only the innermost section takes its
 * lock again, and each outer one does when the section inside it ends. A thread therefore never waits
 * for a lock while it holds another: the price is that an outer section is not atomic across an
 * inner one that had to wait.
 */
final class SectionStack {
    private ObjectMutex[] entries = new ObjectMutex[8];
    private int top;
    /** Entries below this index are suspended: they hold no lock until resumed. */
    private int activeFrom;

    long acquisitions;
    long contended;
    long suspensions;

    /** A section on {@code m} has begun ({@code m} is held for it). */
    void push(ObjectMutex m) {
        if (top == entries.length) entries = Arrays.copyOf(entries, top * 2);
        entries[top++] = m;
        acquisitions++;
    }

    /** Releases the locks of every active section (before blocking, or before waiting for another lock). */
    void suspendAll() {
        if (activeFrom >= top) {
            activeFrom = top;
            return;
        }
        for (int i = top - 1; i >= activeFrom; i--) entries[i].exitOne();
        activeFrom = top;
        suspensions++;
    }

    /** After a blocking call: the innermost section takes its lock again. */
    void resumeTop(Thread me, int spins) {
        if (top > 0 && activeFrom == top) resume(top - 1, me, spins);
    }

    /** The section on {@code m} ends; an outer section suspended under it resumes. */
    void exit(ObjectMutex m, Thread me, int spins) {
        int i = top - 1;
        if (i < 0 || entries[i] != m) {
            exitOutOfOrder(m, me);
            return;
        }
        entries[i] = null;
        top = i;
        if (i < activeFrom) { // ended while suspended: it holds nothing
            activeFrom = i;
            return;
        }
        m.exitOne();
        if (i > 0 && activeFrom == i) resume(i - 1, me, spins);
    }

    /** Nothing is held when this runs: the sections above {@code i} have ended and those below are suspended. */
    private void resume(int i, Thread me, int spins) {
        ObjectMutex m = entries[i];
        if (m.holder() == me) {
            m.depth++;
        } else {
            if (!m.tryLock()) {
                contended++;
                long since = System.nanoTime();
                if (!m.spin(spins)) m.lockParked(since);
            }
            m.taken(me);
        }
        activeFrom = i;
    }

    /** Sections that end in another order than they began (not done by gillab's containers; kept correct anyway). */
    private void exitOutOfOrder(ObjectMutex m, Thread me) {
        int j = top - 1;
        while (j >= 0 && entries[j] != m) j--;
        if (j < 0) { // not begun on this stack (entered before the thread attached)
            if (m.holder() == me) m.exitOne();
            return;
        }
        boolean active = j >= activeFrom;
        System.arraycopy(entries, j + 1, entries, j, top - j - 1);
        entries[--top] = null;
        if (active) m.exitOne();
        else activeFrom--;
    }

    /** At detach: a thread leaves no lock behind. */
    void releaseAll() {
        suspendAll();
        Arrays.fill(entries, 0, top, null);
        top = activeFrom = 0;
    }
}
