package org.gillab.models.subinterpreters;

import java.util.List;

import org.gillab.models.gil.GilFactory;
import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOption;
import org.gillab.spi.ModelOptions;

/**
 * {@code subinterpreters}: PEP 684's per-interpreter GIL with PEP 734's model of use
 * ({@code concurrent.interpreters}, Python 3.14): every worker runs in an interpreter of its own, with
 * its own modules, objects and lock, and only copies cross between interpreters.
 */
public final class SubinterpretersFactory implements ModelFactory {
    private final GilFactory gil = new GilFactory();

    @Override
    public String name() {
        return "subinterpreters";
    }

    @Override
    public String description() {
        return "PEP 684/734: one interpreter per worker, each with its own GIL; values cross by copy";
    }

    /** The per-interpreter lock's settings: the GIL's own. */
    @Override
    public List<ModelOption> options() {
        return gil.options();
    }

    @Override
    public ConcurrencyModel create(ModelOptions options) {
        return new SubinterpretersModel(gil, ModelOptions.of(gil.name(), gil.options(), options.asMap()));
    }
}
