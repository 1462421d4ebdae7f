# Worker 0 blocks on a lock and then on a socket that worker 1 releases and writes only after it has
# run Python code of its own: a model that kept its lock across a blocking call would never finish.
import socket
import threading
import time

DESCRIPTION = "a worker blocks on a lock and a socket that another worker opens: blocking calls must release"
CATEGORY = "io"
SIZE = 50_000

gate = threading.Lock()
gate.acquire()


def setup(size, parts):
    if parts < 2:
        raise ValueError("blocking_handoff needs at least 2 workers")
    a, b = socket.socketpair()
    return [a, b]


def spin(size):
    n = 0
    for i in range(size):
        n += i
    return n


def work(part, parts, size, shared):
    if part == 0:
        gate.acquire()  # blocks until worker 1 releases it
        data = shared[0].recv(16)  # blocks until worker 1 writes
        shared[0].close()
        return data.decode()
    n = spin(size)
    if part == 1:
        gate.release()
        time.sleep(0.01)
        n += spin(size)
        shared[1].sendall(b"handed over")
        shared[1].close()
    return n


def check(results, size, parts):
    return results[0] == "handed over" and all(r == spin(size) * (2 if p == 1 else 1) for p, r in enumerate(results) if p)
