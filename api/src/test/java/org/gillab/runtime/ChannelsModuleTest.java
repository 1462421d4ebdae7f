package org.gillab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.gillab.lang.Source;
import org.gillab.spi.Hooks;
import org.gillab.vm.ProgramRunner;
import org.junit.jupiter.api.Test;

/** The channels module on one thread: values cross intact, closing and bad arguments raise clearly. */
class ChannelsModuleTest {
    private static String run(String program) {
        Hooks.reset();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        ProgramRunner.Result r = ProgramRunner.run(new Source("ch.py", program), out, new PrintStream(err, true, StandardCharsets.UTF_8), true);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, r.exitCode());
        assertTrue(r.audit().clean(), r.audit().summary() + " " + r.audit().details());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void valuesCrossInOrderAndIntact() {
        assertEquals("[1, 'two', (3.0, None), [4, {'five': 5}]] True\n", run(String.join("\n",
                "import channels",
                "ch = channels.Channel()",
                "box = [4, {'five': 5}]",
                "for v in (1, 'two', (3.0, None), box):",
                "    ch.send(v)",
                "got = [ch.recv() for _ in range(4)]",
                "print(got, got[3] is box)",
                "")));
    }

    @Test
    void closingEndsIterationAndRefusesSends() {
        assertEquals("[0, 1, 2]\nrecv: recv on a closed, empty channel\nsend: send on a closed channel\nTrue\n", run(String.join("\n",
                "import channels",
                "ch = channels.Channel(8)",
                "for i in range(3):",
                "    ch.send(i)",
                "ch.close()",
                "print(list(ch))",
                "try:",
                "    ch.recv()",
                "except channels.ChannelClosed as e:",
                "    print('recv:', e)",
                "try:",
                "    ch.send(object())",
                "except channels.ChannelClosed as e:",
                "    print('send:', e)",
                "print(issubclass(channels.ChannelClosed, Exception))",
                "")));
    }

    @Test
    void unreceivedValuesAreReleasedWithTheChannel() {
        assertEquals("<channels.Channel open, 2 waiting of 5>\n", run(String.join("\n",
                "import channels",
                "ch = channels.Channel(maxsize=5)",
                "ch.send([1, 2])",
                "ch.send('x' * 50)",
                "print(repr(ch))",
                "del ch",
                "")));
    }

    @Test
    void badArgumentsRaiseTypeAndValueErrors() {
        assertEquals("TypeError maxsize must be an int, not str\nValueError maxsize must be >= 0, not -1\n", run(String.join("\n",
                "import channels",
                "for arg in ('3', -1):",
                "    try:",
                "        channels.Channel(arg)",
                "    except (TypeError, ValueError) as e:",
                "        print(type(e).__name__, e)",
                "")));
    }

    @Test
    void aCopyingChannelCarriesShareableValuesAndRefusesOthersByName() {
        ChannelsModule.setCopying(true); // as a runner with one interpreter per worker sets it
        try {
            assertEquals("True False\nNotShareableError 'list' object cannot be shared between interpreters:"
                    + " cannot pickle 'lock' object\nTrue\n", run(String.join("\n",
                    "import channels, threading",
                    "ch = channels.Channel()",
                    "v = (1, 'two', b'3', 4.5, None, True, 2 ** 100, (channels.Channel(),))",
                    "ch.send(v)",
                    "got = ch.recv()",
                    "print(got[:7] == v[:7], got is v)",
                    "try:",
                    "    ch.send((1, [threading.Lock()]))",
                    "except channels.NotShareableError as e:",
                    "    print(type(e).__name__, e)",
                    "print(issubclass(channels.NotShareableError, TypeError))",
                    "")));
        } finally {
            ChannelsModule.setCopying(false);
        }
    }
}
