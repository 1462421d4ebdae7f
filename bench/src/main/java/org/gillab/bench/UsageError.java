package org.gillab.bench;

/**
 * A mistake in how the suite was started (an unknown model name in {@code -p}, a workload file that
 * cannot be found): reported as one line, and the fork ends with status 2, so that JMH shows the line
 * and not a stack trace.
 */
final class UsageError {
    private UsageError() {}

    static RuntimeException exit(String message) {
        System.err.println("gillab-bench: " + message);
        System.err.flush();
        System.exit(2);
        return new IllegalStateException(message); // not reached: lets callers write `throw UsageError.exit(...)`
    }
}
