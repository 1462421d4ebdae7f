# Workers that communicate instead of sharing: producers send their share of the numbers through one
# channel (channels.Channel, bounded) to a consumer that sums them. Each producer ends with None.
# On one worker the same worker produces everything into an unbounded channel, then consumes it.
import channels

DESCRIPTION = "producers send their share of SIZE numbers through a bounded channel to one consumer"
CATEGORY = "mixed"
SIZE = 200_000


def setup(size, parts):
    return channels.Channel(1024 if parts > 1 else 0)


def value(i):
    return i * i % 1000


def consume(channel, producers):
    total = 0
    finished = 0
    while finished < producers:
        item = channel.recv()
        if item is None:
            finished += 1
        else:
            total += item
    return total


def produce(channel, start, size, step):
    sent = 0
    for i in range(start, size, step):
        channel.send(value(i))
        sent += 1
    channel.send(None)
    return sent


def work(part, parts, size, shared):
    if parts == 1:
        produce(shared, 0, size, 1)
        return consume(shared, 1)
    if part == 0:
        return consume(shared, parts - 1)
    return produce(shared, part - 1, size, parts - 1)


def check(results, size, parts):
    produced = size if parts == 1 else sum(results[1:])
    return results[0] == sum(value(i) for i in range(size)) and produced == size
