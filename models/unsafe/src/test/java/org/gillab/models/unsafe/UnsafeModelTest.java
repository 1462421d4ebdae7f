package org.gillab.models.unsafe;

import org.gillab.models.contract.UnsafeModelContract;
import org.gillab.spi.ModelFactory;

/**
 * unsafe is not held to the shared-heap contract: it is the model that breaks it. It declares so by
 * running the unsafe contract: exactly right with one worker, its damage detected with several.
 */
class UnsafeModelTest extends UnsafeModelContract {
    @Override
    protected ModelFactory factory() {
        return new UnsafeFactory();
    }
}
