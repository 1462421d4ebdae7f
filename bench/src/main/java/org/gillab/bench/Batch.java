package org.gillab.bench;

/**
 * How many operations one invocation runs as one stretch of Python execution, between taking the
 * model's lock and dropping it (see {@link BoundThread}): enough that the take and the drop weigh
 * little on each operation; scores are per operation ({@code @OperationsPerInvocation}).
 */
final class Batch {
    private Batch() {}

    static final int SIZE = 256;
}
