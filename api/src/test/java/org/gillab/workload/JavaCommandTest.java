package org.gillab.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.gillab.vm.Tier;
import org.junit.jupiter.api.Test;

/** The one builder of a child JVM's command line: this java, the options in order, the class path, the main class. */
class JavaCommandTest {
    @Test
    void aCommandIsThisJavaTheOptionsInOrderThenTheClassPathAndMain() {
        JavaCommand prefix = JavaCommand.thisJava(List.of("taskset", "-c", "0")).with("-XX:+UseParallelGC").withThisTier();
        List<String> cmd = prefix.withProperty("x", 1).running(JavaCommandTest.class, List.of(Path.of("/p/a.jar")), List.of("7"));
        assertEquals(List.of("taskset", "-c", "0", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseParallelGC",
                "-D" + Tier.PROPERTY + "=" + Tier.current(), "-Dx=1", "-cp",
                System.getProperty("java.class.path") + File.pathSeparator + "/p/a.jar", JavaCommandTest.class.getName(), "7"), cmd);
        List<String> other = prefix.running(JavaCommandTest.class, List.of(), List.of());
        assertTrue(!other.contains("-Dx=1"), "a shared prefix is not changed by what one child adds: " + other);
    }

    @Test
    void inheritedOptionsAreThisJvmsOwnThatTheFilterKeeps() {
        List<String> all = JavaCommand.thisJava().withInherited(a -> true).running(JavaCommandTest.class, List.of(), List.of());
        List<String> none = JavaCommand.thisJava().withInherited(a -> false).running(JavaCommandTest.class, List.of(), List.of());
        assertEquals(4, none.size(), none.toString());
        assertEquals(none.size() + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().size(), all.size());
    }
}
