# io-sleep written for asyncio: every worker is a task of one event loop and awaits
# asyncio.sleep(0.01) SIZE times. Only await switches tasks, so N tasks finish in about
# SIZE x 10 ms, on one thread; time.sleep in their place would block the loop (compare io-sleep).
import asyncio

DESCRIPTION = "every worker (an asyncio task) awaits asyncio.sleep(0.01) SIZE times: the waits overlap on one thread"
CATEGORY = "io"
SIZE = 20


async def work(part, parts, size, shared):
    for _ in range(size):
        await asyncio.sleep(0.01)
    return size


def check(results, size, parts):
    return results == [size] * parts
