package org.gillab.models.finegrained;

/**
 * How often a kind of lock was taken, how often the first try found it held, and how long the
 * threads that found it held waited in all.
 */
record LockStats(long acquisitions, long contended, long waitNs) {
    static final LockStats NONE = new LockStats(0, 0, 0);
}
