# The convoy effect (bpo-7946): worker 0 sends one byte over a socket pair and waits for the echo
# from worker 1, SIZE times; every further worker spins on the CPU until the round trips are done.
# With 2 workers it measures the round trips alone, with 3 beside one CPU-bound thread.
import socket
import time

DESCRIPTION = "socket-pair echo round trips (workers 0 and 1) beside CPU-bound workers (2 and up)"
CATEGORY = "mixed"
SIZE = 500


def setup(size, parts):
    if parts < 2:
        raise ValueError("convoy needs at least 2 workers: a client and an echo server")
    client, server = socket.socketpair()
    return {"client": client, "server": server, "done": [False]}


def work(part, parts, size, shared):
    if part == 0:
        s = shared["client"]
        start = time.perf_counter()
        for _ in range(size):
            s.sendall(b"x")
            if s.recv(1) != b"x":
                raise RuntimeError("bad echo")
        elapsed = time.perf_counter() - start
        shared["done"][0] = True
        s.sendall(b"q")
        s.close()
        return round(size / elapsed, 1)  # round trips per second
    if part == 1:
        s = shared["server"]
        echoed = 0
        while True:
            c = s.recv(1)
            if c == b"q" or not c:
                s.close()
                return echoed
            s.sendall(c)
            echoed += 1
    done = shared["done"]
    spins = 0
    while not done[0]:
        spins += 1
    return spins


def check(results, size, parts):
    return results[1] == size and results[0] > 0
