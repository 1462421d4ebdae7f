package org.gillab.stress;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import org.openjdk.jcstress.infra.grading.TestGrading;

/**
 * What a jcstress run showed, per test: the outcomes summed over every fork and JVM configuration it
 * ran in, and whether the test passed, failed, never ran or never observed what it must.
 */
record Verdict(List<TestVerdict> tests) {

    /** One test's summed outcomes (id to count and expectation) and its problems (none: passed). */
    record TestVerdict(String name, long samples, Map<String, Outcome> outcomes, List<String> problems) {
        boolean passed() {
            return problems.isEmpty();
        }
    }

    /** How often one outcome was seen, and what the test says of it. */
    record Outcome(Expect expect, long count) {}

    static Verdict of(SortedSet<String> selected, Collection<TestResult> results, Set<String> mustObserve) {
        List<TestVerdict> tests = new ArrayList<>();
        for (String name : selected) {
            List<TestResult> runs = results.stream().filter(r -> r.getName().equals(name)).toList();
            tests.add(judge(name, runs, mustObserve.contains(name)));
        }
        return new Verdict(tests);
    }

    private static TestVerdict judge(String name, List<TestResult> runs, boolean mustObserve) {
        Map<String, Outcome> outcomes = new TreeMap<>();
        Set<String> problems = new LinkedHashSet<>(); // each fork reports the same forbidden outcome again
        long samples = 0;
        boolean interesting = false;
        for (TestResult run : runs) {
            if (run.status() != Status.NORMAL) {
                problems.add("a run ended in " + run.status() + firstMessage(run));
                continue;
            }
            TestGrading grading = run.grading();
            samples += run.getTotalCount();
            interesting |= grading.hasInteresting;
            if (!grading.isPassed) problems.addAll(grading.failureMessages);
            for (GradingResult g : grading.gradingResults.values()) {
                outcomes.merge(g.id, new Outcome(g.expect, g.count), (a, b) -> new Outcome(a.expect(), a.count() + b.count()));
            }
        }
        if (runs.isEmpty()) problems.add("no result: the test did not run (jcstress needs a CPU for each of its 2 actors)");
        else if (mustObserve && !interesting && problems.isEmpty()) {
            problems.add("the interesting outcome was never observed: this run cannot tell a racy strategy from an exact one");
        }
        return new TestVerdict(name, samples, outcomes, List.copyOf(problems));
    }

    private static String firstMessage(TestResult run) {
        return run.getMessages().stream().findFirst().map(m -> ": " + m).orElse("");
    }

    /** At least one test ran, and every one passed: a selection that matched nothing proves nothing. */
    boolean passed() {
        return !tests.isEmpty() && tests.stream().allMatch(TestVerdict::passed);
    }

    void print(PrintStream out) {
        out.println("gillab stress verdict");
        for (TestVerdict t : tests) {
            out.printf("  %s  %s  (%,d samples)%n", t.passed() ? "PASS" : "FAIL", t.name(), t.samples());
            for (Map.Entry<String, Outcome> e : t.outcomes().entrySet()) {
                Outcome o = e.getValue();
                if (o.count() > 0 || o.expect() == Expect.ACCEPTABLE) {
                    out.printf("        %-12s %,15d  %s%n", e.getKey(), o.count(), o.expect());
                }
            }
            for (String p : t.problems()) out.println("        problem: " + p);
        }
        long failed = tests.stream().filter(t -> !t.passed()).count();
        if (tests.isEmpty()) out.println("FAILED: no test matched the selection");
        else out.println(failed == 0 ? "all " + tests.size() + " tests passed" : failed + " of " + tests.size() + " tests FAILED");
    }
}
