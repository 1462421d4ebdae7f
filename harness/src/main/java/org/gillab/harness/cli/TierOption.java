package org.gillab.harness.cli;

import org.gillab.vm.Tier;

import picocli.CommandLine.Option;

/** {@code --tier}, the same on every command that runs Python code. */
final class TierOption {
    @Option(names = "--tier", paramLabel = "TIER", defaultValue = "${sys:gillab.tier:-compiled}",
            description = "which engine runs the Python code: interp (the bytecode interpreter) or compiled (JVM bytecode per function) (default: ${DEFAULT-VALUE})")
    String tier;

    /** Selects the tier for this JVM (the forked JVMs run the one it has selected); null, or what is wrong with it. */
    String select() {
        if (!Tier.isTier(tier)) return "--tier must be interp or compiled, got '" + tier + "'";
        Tier.select(tier);
        return null;
    }
}
