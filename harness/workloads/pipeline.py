# Workers that communicate instead of sharing: producers send their share of the numbers through one
# channel (channels.Channel, bounded) to a consumer that sums them. Each producer ends with None.
import channels

DESCRIPTION = "producers send their share of SIZE numbers through a bounded channel to one consumer"
CATEGORY = "mixed"
SIZE = 200_000


def setup(size, parts):
    if parts < 2:
        raise ValueError("pipeline needs at least 2 workers: a consumer and a producer")
    return channels.Channel(1024)


def value(i):
    return i * i % 1000


def work(part, parts, size, shared):
    if part == 0:
        total = 0
        finished = 0
        while finished < parts - 1:
            item = shared.recv()
            if item is None:
                finished += 1
            else:
                total += item
        return total
    sent = 0
    for i in range(part - 1, size, parts - 1):
        shared.send(value(i))
        sent += 1
    shared.send(None)
    return sent


def check(results, size, parts):
    return results[0] == sum(value(i) for i in range(size)) and sum(results[1:]) == size
