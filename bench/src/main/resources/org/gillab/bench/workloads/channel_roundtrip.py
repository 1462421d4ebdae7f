# Two workers bounce numbers through two channels, one at a time: every send waits for its answer,
# so a run is SIZE round trips, each two hand-offs from one worker to the other (ChannelBench).
import channels

DESCRIPTION = "worker 0 sends SIZE numbers to worker 1 one by one and waits for each to come back plus one"
CATEGORY = "io"
SIZE = 10_000


def setup(size, parts):
    if parts != 2:
        raise ValueError("channel_roundtrip needs exactly 2 workers")
    return (channels.Channel(), channels.Channel())


def work(part, parts, size, shared):
    there, back = shared
    if part == 0:
        total = 0
        for i in range(size):
            there.send(i)
            total += back.recv()
        there.send(None)
        return total
    answered = 0
    while True:
        value = there.recv()
        if value is None:
            return answered
        back.send(value + 1)
        answered += 1


def check(results, size, parts):
    return results == [size * (size + 1) // 2, size]
