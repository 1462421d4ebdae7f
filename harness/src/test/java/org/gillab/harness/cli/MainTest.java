package org.gillab.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command line: bad input is a one-line error with exit status 2, never a Java stack trace. */
class MainTest {
    private static Cli.Outcome run(String... args) {
        return Cli.run(args);
    }

    @Test
    void unknownCommandIsAUsageError() {
        Cli.Outcome o = run("frobnicate");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("frobnicate"), o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace: " + o.err());
    }

    @Test
    void unknownOptionNamesTheOption() {
        Cli.Outcome o = run("exec", "--bogus", "x.py");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--bogus"), o.err());
    }

    @Test
    void execNeedsAFile() {
        Cli.Outcome o = run("exec");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("FILE.py"), o.err());
    }

    @Test
    void helpListsExec() {
        Cli.Outcome o = run("--help");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("exec"), o.out());
    }

    /**
     * Help is wrapped by picocli alone: each description is one string per paragraph, so a narrow or
     * wide terminal never shows a sentence cut by a hard line end, and the command list (which shows
     * a command's first paragraph) shows a whole sentence.
     */
    @Test
    void helpTextsAreParagraphsThatPicocliWraps() {
        picocli.CommandLine cl = Main.commandLine();
        for (picocli.CommandLine sub : cl.getSubcommands().values()) {
            String name = sub.getCommandName();
            String[] description = sub.getCommandSpec().usageMessage().description();
            assertTrue(description[0].endsWith("."), name + "'s summary is not a whole sentence: " + description[0]);
            for (int i = 1; i < description.length; i++) {
                assertTrue(description[i].isEmpty() || description[i].endsWith("."), name + ": a paragraph cut short: " + description[i]);
            }
            for (picocli.CommandLine.Model.ArgSpec a : sub.getCommandSpec().args()) {
                if (a.hidden()) continue;
                assertEquals(1, a.description().length, name + " " + a.paramLabel() + ": a description in several strings");
                assertFalse(a.description()[0].isBlank(), name + " " + a.paramLabel() + " has no description");
            }
        }
        Cli.Outcome top = run("--help");
        for (String summary : new String[] {"between two sweeps.", "into a table and results files.", "and judge whether they agree."}) {
            assertTrue(top.out().replaceAll("\\s+", " ").contains(summary), top.out());
        }
    }

    @Test
    void theSameOptionIsSpelledAndMeantAlikeOnEveryCommand() {
        for (String command : new String[] {"exec", "run"}) {
            picocli.CommandLine.Model.CommandSpec spec = Main.commandLine().getSubcommands().get(command).getCommandSpec();
            for (String option : new String[] {"--model", "--models", "-m", "-o", "--option", "--scale", "--plugins", "--tier", "--timeout"}) {
                assertTrue(spec.findOption(option) != null, command + " does not take " + option);
            }
        }
        for (String command : new String[] {"list", "reproduce"}) {
            assertTrue(Main.commandLine().getSubcommands().get(command).getCommandSpec().findOption("--plugins") != null, command);
        }
    }
}
