# pipeline written for asyncio: producer tasks put their share of the numbers into one bounded
# asyncio.Queue that a consumer task sums. A put on a full queue and a get on an empty one are
# awaits: the task switch asyncio makes, on one thread. On one worker the same task produces
# everything into an unbounded queue, then consumes it.
import asyncio

DESCRIPTION = "producer tasks put their share of SIZE numbers into a bounded asyncio.Queue for one consumer task"
CATEGORY = "mixed"
SIZE = 200_000


def setup(size, parts):
    return asyncio.Queue(1024 if parts > 1 else 0)


def value(i):
    return i * i % 1000


async def consume(queue, producers):
    total = 0
    finished = 0
    while finished < producers:
        item = await queue.get()
        if item is None:
            finished += 1
        else:
            total += item
    return total


async def produce(queue, start, size, step):
    sent = 0
    for i in range(start, size, step):
        await queue.put(value(i))
        sent += 1
    await queue.put(None)
    return sent


async def work(part, parts, size, shared):
    if parts == 1:
        await produce(shared, 0, size, 1)
        return await consume(shared, 1)
    if part == 0:
        return await consume(shared, parts - 1)
    return await produce(shared, part - 1, size, parts - 1)


def check(results, size, parts):
    produced = size if parts == 1 else sum(results[1:])
    return results[0] == sum(value(i) for i in range(size)) and produced == size
