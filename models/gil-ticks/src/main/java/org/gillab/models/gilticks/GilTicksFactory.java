package org.gillab.models.gilticks;

import java.util.List;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOption;
import org.gillab.spi.ModelOptionException;
import org.gillab.spi.ModelOptions;

/**
 * {@code gil-ticks}: the GIL before Python 3.2 ({@code Python/ceval.c} of Python 2.x). Every
 * {@code check-interval} instructions the holder releases the interpreter lock and at once asks for
 * it again, with no hand-off: on a multicore machine it usually wins it back (Beazley's "battle for
 * the GIL").
 */
public final class GilTicksFactory implements ModelFactory {
    static final String CHECK_INTERVAL = "check-interval";

    @Override
    public String name() {
        return "gil-ticks";
    }

    @Override
    public String description() {
        return "the pre-3.2 GIL (Python 2 ceval.c): release and re-acquire every check-interval instructions";
    }

    @Override
    public List<ModelOption> options() {
        return List.of(new ModelOption(CHECK_INTERVAL, "100",
                "instructions between two releases of the lock (sys.setcheckinterval; _Py_CheckInterval)"));
    }

    @Override
    public boolean needsInstructionTicks() {
        return true;
    }

    @Override
    public ConcurrencyModel create(ModelOptions options) {
        long ticks = options.getLong(CHECK_INTERVAL, 1);
        if (ticks > Integer.MAX_VALUE) {
            throw new ModelOptionException("option " + CHECK_INTERVAL + " of model " + name()
                    + ": expected at most " + Integer.MAX_VALUE + ", got " + ticks);
        }
        return new GilTicksModel(new InterpreterLock((int) ticks), (int) ticks);
    }
}
