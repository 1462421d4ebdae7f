package org.gillab.spi;

import java.util.List;

/**
 * What a model plugin provides: its name, one line about it, its settings, and a fresh
 * {@link ConcurrencyModel} per run.
 */
public interface ModelFactory {
    /** The name users type ({@code --model gil}): lower case, hyphens. */
    String name();

    /** One line: what the model is and what it follows. */
    String description();

    /** The settings the model accepts, with defaults. */
    default List<ModelOption> options() {
        return List.of();
    }

    /**
     * Whether the model must see every instruction ({@link InstructionTicks}); the runner starts its
     * JVM with the ticks compiled in.
     */
    default boolean needsInstructionTicks() {
        return false;
    }

    /** A model for one run; {@code options} are already checked against {@link #options()}. */
    ConcurrencyModel create(ModelOptions options);
}
