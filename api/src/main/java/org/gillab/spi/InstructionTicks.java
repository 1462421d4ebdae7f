package org.gillab.spi;

/**
 * Whether the interpreter counts every instruction (the pre-3.2 GIL's {@code _Py_Ticker}).
 *
 * <p>Only a model that switches between any two bytecodes needs the count, so it is compiled in
 * only when the JVM starts with {@code -Dgillab.instructionTicks=true}: the flag is a
 * {@code static final}, the JIT folds {@code if (ENABLED)} away, and every other model pays nothing
 * for it. The harness starts a fresh JVM per model and passes the property for the models whose
 * factory says {@link ModelFactory#needsInstructionTicks()}; a model that needs ticks refuses to run
 * in a JVM started without them.
 */
public final class InstructionTicks {
    private InstructionTicks() {}

    public static final String PROPERTY = "gillab.instructionTicks";

    public static final boolean ENABLED = Boolean.getBoolean(PROPERTY);
}
