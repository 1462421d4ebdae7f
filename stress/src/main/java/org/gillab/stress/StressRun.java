package org.gillab.stress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;

import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.Main;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;

/**
 * jcstress with one more rule. jcstress fails a run when a test shows a forbidden outcome; it does
 * not fail one in which a test never showed the outcome it exists to show. The tests that document
 * damage ({@link #MUST_OBSERVE}) are what prove the other tests can tell a racy strategy from an
 * exact one, so a run in which they saw nothing proves nothing, and fails here.
 *
 * <p>Takes jcstress's own options. After jcstress's report it prints a verdict per test and exits
 * with 0 only when every selected test ran, none failed, and each damage test observed its damage.
 * The result blob jcstress writes into the working directory is moved into the report directory.
 */
public final class StressRun {
    private StressRun() {}

    /** Tests whose interesting outcome a run must observe. */
    static final Set<String> MUST_OBSERVE = Set.of(UnsafeRefcountLosesUpdates.class.getName());

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        if (!options.parse() || options.shouldList() || options.shouldParse()) {
            Main.main(args); // help, listing and re-parsing need no verdict; jcstress prints its own errors
            return;
        }
        JCStress stress = new JCStress(options);
        SortedSet<String> selected = stress.getTests();
        String jcstressFailure = null;
        try {
            stress.run();
        } catch (AssertionError | Exception e) {
            // jcstress reports failed tests by throwing after its report; the verdict below says which
            jcstressFailure = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        }
        Path blob = Path.of(options.getResultFile());
        Verdict verdict = Verdict.of(selected, read(blob), MUST_OBSERVE);
        PrintStream out = System.out;
        out.println();
        verdict.print(out);
        if (jcstressFailure != null && verdict.passed()) out.println("jcstress: " + jcstressFailure);
        keep(blob, Path.of(options.getResultDest()), out);
        System.exit(verdict.passed() && jcstressFailure == null ? 0 : 1);
    }

    private static Collection<TestResult> read(Path blob) throws Exception {
        InProcessCollector results = new InProcessCollector();
        if (!Files.exists(blob)) return results.getTestResults(); // jcstress stopped before writing any: the verdict reports every test missing
        DiskReadCollector reader = new DiskReadCollector(blob.toString(), results);
        try {
            reader.dump();
        } finally {
            reader.close();
        }
        return results.getTestResults();
    }

    private static void keep(Path blob, Path reportDir, PrintStream out) {
        if (!Files.exists(blob)) return;
        try {
            Files.createDirectories(reportDir);
            Path kept = reportDir.resolve(blob.getFileName());
            Files.move(blob, kept, StandardCopyOption.REPLACE_EXISTING);
            out.println("result blob (for -p): " + kept);
        } catch (IOException e) {
            out.println("result blob left at " + blob + " (" + e.getMessage() + ")");
        }
    }
}
