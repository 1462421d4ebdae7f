# Round trips between two workers: worker 0 sends SIZE pings, worker 1 answers each one. The wall time
# divided by SIZE is one round trip: two channel hand-offs, each to a receiver that is already waiting.
# Under subinterpreters it measures how a waiting channel operation waits (-o queue-wait=poll|wake).
import channels

DESCRIPTION = "worker 0 sends SIZE pings through one channel, worker 1 answers each through another"
CATEGORY = "mixed"
SIZE = 200


def setup(size, parts):
    return (channels.Channel(), channels.Channel())


def work(part, parts, size, shared):
    ping, pong = shared
    if part == 0:
        for i in range(size):
            ping.send(i)
            if pong.recv() != i:
                return -1
        ping.close()
        return size
    if part == 1:
        answered = 0
        for v in ping:
            pong.send(v)
            answered += 1
        return answered
    return 0


def check(results, size, parts):
    return results[:2] == [size, size]
