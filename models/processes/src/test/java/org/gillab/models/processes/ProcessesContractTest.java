package org.gillab.models.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gillab.models.contract.IsolatedModelContract;
import org.gillab.spi.ModelFactory;

class ProcessesContractTest extends IsolatedModelContract {
    @Override
    protected ModelFactory factory() {
        return new ProcessesFactory();
    }

    /** One process per worker, every one started and none lost; the task went out and results came back. */
    @Override
    protected void assertCountersConsistent(Map<String, Long> counters, int workers) {
        assertEquals((long) workers, counters.get("processes-started"));
        assertEquals(0L, counters.get("workers-died"));
        assertEquals(0L, counters.get("workers-killed"));
        assertTrue(counters.get("bytes-sent") > 0 && counters.get("bytes-received") > 0, counters.toString());
        assertTrue(counters.get("jvm-boot-ns") > 0 && counters.get("jvm-boot-ns") < counters.get("process-startup-ns"), counters.toString());
        assertEquals(counters.get("interpreter-startup-ns"), counters.get("process-startup-ns"));
        // every child's JIT compiles before it is ready (the JVM's own start-up, the module's first run)
        assertTrue(counters.get("child-startup-jit-ns") > 0, counters.toString());
        assertTrue(counters.containsKey("child-work-jit-ns"), counters.toString());
    }

    /** Besides worker threads: no child process and none of the threads that serve one. */
    @Override
    protected void assertNothingLeftBehind() {
        super.assertNothingLeftBehind();
        List<ProcessHandle> children = ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList();
        assertEquals(List.of(), children.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList(),
                "child processes left behind");
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertFalse(t.getName().startsWith("gillab-process-") && t.isAlive(), "left behind: " + t.getName());
        }
    }
}
