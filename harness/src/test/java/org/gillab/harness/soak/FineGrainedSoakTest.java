package org.gillab.harness.soak;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The soak for fine-grained, with gil and unsafe between its runs, in a JVM without free-threaded (see {@link SoakTest}). */
@Tag("soak")
class FineGrainedSoakTest {
    @Test
    void threeHundredRunsLeaveNothingBehind() {
        SoakTest.soak(List.of("unsafe", "gil", "fine-grained"), List.of(), Integer.getInteger("gillab.soak.fine-grained.runs", 300), false);
    }
}
