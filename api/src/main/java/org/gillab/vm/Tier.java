package org.gillab.vm;

import java.util.concurrent.atomic.AtomicLong;

import org.gillab.compile.Code;

/**
 * Which tier runs Python code: {@code interp}, the bytecode interpreter ({@link Eval}, the
 * reference), or {@code compiled}, JVM bytecode per code object ({@link CodeGen}) with a fall-back
 * to the interpreter for any code object the generator cannot translate.
 *
 * <p>Chosen once per JVM by the system property {@value #PROPERTY} (the command line's
 * {@code --tier} sets it), read when this class loads; tests switch it with {@link #select}.
 */
public final class Tier {
    private Tier() {}

    public static final String PROPERTY = "gillab.tier";
    public static final String INTERP = "interp", COMPILED = "compiled";
    /**
     * The tier a JVM runs when nothing selects one: the compiled tier, since every test (the corpus,
     * the error programs, every model's contract kit, the count-change comparison) passes on it and
     * a function's compiled code depends on that function alone, where the interpreter's one loop
     * is compiled from whatever ran first (docs/performance.md).
     */
    public static final String DEFAULT = COMPILED;

    /**
     * Whether frames run in compiled code (where their code object has some). Plain, not volatile:
     * it is set before any program runs (tests switch it between programs on one thread).
     */
    static boolean compiled = parse(System.getProperty(PROPERTY, DEFAULT));

    private static final AtomicLong COMPILED_COUNT = new AtomicLong(), FALLBACK_COUNT = new AtomicLong();

    /** The tier's name from a setting; a clear error for anything else. */
    private static boolean parse(String name) {
        return switch (name) {
            case INTERP -> false;
            case COMPILED -> true;
            default -> throw new IllegalArgumentException("unknown tier '" + name + "' (known: interp, compiled)");
        };
    }

    /** Selects the tier for this JVM from now on ({@code interp} or {@code compiled}). */
    public static void select(String name) {
        compiled = parse(name);
    }

    /** The tier now selected. */
    public static String current() {
        return compiled ? COMPILED : INTERP;
    }

    /** Whether {@code name} names a tier. */
    public static boolean isTier(String name) {
        return INTERP.equals(name) || COMPILED.equals(name);
    }

    /** Code objects translated so far in this JVM. */
    public static long compiledCount() {
        return COMPILED_COUNT.get();
    }

    /** Code objects left to the interpreter so far in this JVM. */
    public static long fallbackCount() {
        return FALLBACK_COUNT.get();
    }

    /**
     * The compiled code of {@code co}, translating it on its first run, or null when it runs in
     * the interpreter (a generator, or something {@link CodeGen} cannot translate).
     */
    static CompiledCode compiledCode(Code co) {
        Object t = co.tier;
        if (t instanceof CompiledCode cc) return cc;
        if (t != null) return null;
        return translate(co);
    }

    /**
     * Why {@code co} runs in the interpreter under the compiled tier, or null when it compiles
     * (translating it if that has not happened yet).
     */
    public static String fallbackReason(Code co) {
        if (co.tier == null) translate(co);
        return co.tier instanceof CompiledCode ? null : (String) co.tier;
    }

    private static CompiledCode translate(Code co) {
        Object result = CodeGen.compile(co);
        // two threads may translate the same code at once: each result is valid, the last one stays
        co.tier = result;
        if (result instanceof CompiledCode cc) {
            COMPILED_COUNT.incrementAndGet();
            return cc;
        }
        FALLBACK_COUNT.incrementAndGet();
        return null;
    }
}
