package org.gillab.bench;

import org.gillab.spi.InstructionTicks;

/**
 * The JVM options the benchmarks' forks are started with ({@code @Fork(jvmArgsAppend = ...)}).
 * A {@code -jvmArgsAppend} on JMH's command line replaces them; extra options go in {@code -jvmArgs}.
 */
final class Jvm {
    private Jvm() {}

    /** Benchmark threads are {@link org.gillab.vm.PyThread}s, as the interpreter's runners make them. */
    static final String EXECUTOR = "-Djmh.executor=CUSTOM";
    static final String EXECUTOR_CLASS = "-Djmh.executor.class=org.gillab.bench.PyThreadExecutor";
    /** The instruction ticker compiled in: what gil-ticks needs, and what it costs every instruction. */
    static final String TICKS = "-D" + InstructionTicks.PROPERTY + "=true";

    /** How many forks a benchmark gets unless {@code -f} says otherwise. */
    static final int FORKS = 2;
}
