# What one asyncio task switch costs: TASKS tasks each await asyncio.sleep(0) N times, so every
# await is a switch (the coroutine yields, Task.__step returns into the loop, the loop runs the
# next ready task's step). Runs the same on CPython and gillab; prints the cost per switch, by the
# thread's CPU time (steady under a loaded machine) and by the wall clock, for ROUNDS rounds (the
# later rounds of a JVM are the JIT-compiled ones).
#   python3 bench/asyncio/task_switch.py
#   ./gillab exec --model cooperative bench/asyncio/task_switch.py
import asyncio
import time

TASKS = 2
N = 20000
ROUNDS = 10


async def spinner(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(*[spinner(N) for _ in range(TASKS)])


for r in range(ROUNDS):
    c0 = time.thread_time()
    t0 = time.perf_counter()
    asyncio.run(main())
    wall = time.perf_counter() - t0
    cpu = time.thread_time() - c0
    switches = TASKS * N
    print("round %d: %d switches, %.2f us cpu and %.2f us wall per switch" % (r, switches, cpu / switches * 1e6, wall / switches * 1e6))
