# Blocking socket calls back to back: every worker opens its own connected socket pair and plays
# both ends, sending one byte, echoing it from the other end and reading it back: four socket calls a
# round trip, each of which releases the model's lock (as CPython releases the GIL) and takes it
# again. The workers share nothing, so what they cost each other is the lock hand-offs around I/O.
import socket

DESCRIPTION = "every worker echoes 1-byte messages over its own socket pair: SIZE round trips in all"
CATEGORY = "io"
SIZE = 50_000

MESSAGES = tuple(bytes([b]) for b in range(256))


def work(part, parts, size, shared):
    client, server = socket.socketpair()  # made here, not in setup: a socket cannot be shared between interpreters
    trips = 0
    total = 0
    try:
        for i in range(part, size, parts):
            client.sendall(MESSAGES[i & 255])
            echo = server.recv(1)
            server.sendall(echo)
            total += client.recv(1)[0]
            trips += 1
    finally:
        client.close()
        server.close()
    return (trips, total)


def expected(size):
    # the sum of i & 255 over range(size), in closed form
    q, r = divmod(size, 256)
    return q * (255 * 256 // 2) + r * (r - 1) // 2


def check(results, size, parts):
    trips = sum(r[0] for r in results)
    total = sum(r[1] for r in results)
    ok = trips == size and total == expected(size)
    if not ok:
        print("io_roundtrip: %d round trips echoed bytes summing to %d; expected %d and %d" % (trips, total, size, expected(size)))
    return ok
