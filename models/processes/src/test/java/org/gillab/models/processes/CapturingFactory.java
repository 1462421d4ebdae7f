package org.gillab.models.processes;

import java.util.List;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOption;
import org.gillab.spi.ModelOptions;

/** The processes model, keeping the run's model so that a test can find the run's child processes. */
final class CapturingFactory implements ModelFactory {
    private final ProcessesFactory inner = new ProcessesFactory();
    volatile ProcessesModel model;

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public String description() {
        return inner.description();
    }

    @Override
    public List<ModelOption> options() {
        return inner.options();
    }

    @Override
    public ConcurrencyModel create(ModelOptions options) {
        ProcessesModel m = (ProcessesModel) inner.create(options);
        model = m;
        return m;
    }

    /** Waits until the run has {@code n} children, every one ready; returns them. */
    List<ChildConnection> awaitReady(int n) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            ProcessesModel m = model;
            if (m != null) {
                List<ChildConnection> cs = m.children();
                if (cs.size() == n && cs.stream().allMatch(ChildConnection::isReady)) return cs;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the workers did not become ready within 60 s");
    }
}
