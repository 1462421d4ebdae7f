package org.gillab.models.freethreaded;

/**
 * {@link CriticalSections} with PEP 703's optimistic reads: list and dict item reads skip the lock,
 * take the item with {@link org.gillab.spi.Rc#tryIncref} and check it is still in place. A class of
 * its own so that {@link #optimisticReads} is a constant the JIT folds.
 */
final class OptimisticCriticalSections extends CriticalSections {
    OptimisticCriticalSections(int spins) {
        super(spins);
    }

    @Override
    public boolean optimisticReads() {
        return true;
    }
}
