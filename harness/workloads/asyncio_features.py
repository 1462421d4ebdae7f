# asyncio's own primitives under one loop: tasks, a bounded queue, gather, wait_for timing out, and
# an asyncio.Lock held across an await. Each worker is a task (async def work); worker 0 first waits
# on a wait_for that must time out, then runs a producer and a consumer through the bounded queue;
# check() verifies that no task entered the lock while another held it across its sleep. The line
# it prints is the same on CPython (bench/cpython/run_workload.py) and under --model cooperative.
import asyncio

DESCRIPTION = "asyncio tasks share a bounded Queue and a Lock held across awaits; wait_for times out"
CATEGORY = "io"
SIZE = 200

log = []
timeouts = []


def setup(size, parts):
    return (asyncio.Queue(4), asyncio.Lock())


async def slow():
    await asyncio.sleep(1.0)
    return "late"


async def work(part, parts, size, shared):
    queue, lock = shared
    if part == 0:
        try:
            await asyncio.wait_for(slow(), 0.01)
            timeouts.append("no timeout")
        except asyncio.TimeoutError:
            timeouts.append("timed out")
    async with lock:
        log.append("in %d" % part)
        await asyncio.sleep(0.001)
        log.append("out %d" % part)

    async def producer():
        for i in range(size):
            await queue.put(i)
        await queue.put(None)

    async def consumer():
        total = 0
        while True:
            item = await queue.get()
            if item is None:
                return total
            total += item

    if part == 0:
        produced, total = await asyncio.gather(producer(), consumer())
        return total
    return 0


def check(results, size, parts):
    # the lock kept every holder's in/out pair together
    pairs = [log[i:i + 2] for i in range(0, len(log), 2)]
    held = all(a.split()[1] == b.split()[1] and a.startswith("in") and b.startswith("out") for a, b in pairs)
    print(timeouts, "lock held across await:", held, "holders:", len(pairs), "queue total:", results[0])
    return timeouts == ["timed out"] and held and len(pairs) == parts and results[0] == size * (size - 1) // 2
