import asyncio


async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        for _ in range(item % 3):  # yield to the loop 0-2 times: deterministic interleaving
            await asyncio.sleep(0)
        results.append((name, item * item))
        q.task_done()


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "qsize", q.qsize())
    for _ in range(2):
        await q.put(None)


async def slow(x):
    await asyncio.sleep(0.05)
    return x


async def quick(x):
    await asyncio.sleep(0)
    return x * 10


async def locked_section(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.002)
        log.append(name + " out")


async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    workers = [asyncio.create_task(worker("w" + str(i), q, results)) for i in range(2)]
    await producer(q, 6)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(r[1] for r in results), len(results))

    print(await asyncio.gather(quick(1), quick(2), slow(3)))
    try:
        await asyncio.wait_for(slow(4), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(quick(5), timeout=1))

    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked_section(lock, n, log) for n in ["a", "b", "c"]))
    print(log, lock.locked())

    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return i
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("event set?", ev.is_set())
    ev.set()
    print(await asyncio.gather(*ts))

    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited(i):
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.001)
            active[0] -= 1
        return i
    print(await asyncio.gather(*(limited(i) for i in range(5))), "max at once", active[1])

    t = asyncio.create_task(slow(9))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    r = await asyncio.gather(quick(1), asyncio.sleep(0.001, "s"), return_exceptions=True)
    print(r)
    return "done"


print(asyncio.run(main()))
