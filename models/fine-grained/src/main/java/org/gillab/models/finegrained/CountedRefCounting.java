package org.gillab.models.finegrained;

import org.gillab.spi.RefCounting;

/** A reference-counting variant of the patch that can say what its lock cost. */
interface CountedRefCounting extends RefCounting {
    /** Read after the run; the atomic variant takes no lock and reports none. */
    LockStats lockStats();
}
