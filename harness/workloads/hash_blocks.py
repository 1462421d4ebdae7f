# Native work outside the lock: every worker SHA-256-hashes its share of SIZE blocks of 256 KiB.
# CPython's hashlib drops the GIL while it hashes a buffer of 2 KiB or more (HASHLIB_GIL_MINSIZE,
# Modules/_hashopenssl.c), so under a GIL two threads hash in parallel; the Python code between
# two hashes is short. A model that releases its lock around the hash scales here like CPython's
# threads; one that did not would run the workers one after the other.
import hashlib

DESCRIPTION = "every worker SHA-256-hashes its share of SIZE 256 KiB blocks: the hash runs with the lock released"
CATEGORY = "cpu"
SIZE = 1600

BLOCK_SIZE = 256 * 1024


def make_block():
    # 256 KiB of bytes that repeat only every 32: enough for a hash, and cheap to make.
    return hashlib.sha256(b"gillab hash-blocks").digest() * (BLOCK_SIZE // 32)


def digest_of(block, i):
    h = hashlib.sha256(block)
    h.update(str(i).encode())
    return int(h.hexdigest()[:8], 16)


def setup(size, parts):
    return make_block()


def work(part, parts, size, shared):
    count = 0
    folded = 0
    for i in range(part, size, parts):
        folded ^= digest_of(shared, i)
        count += 1
    return (count, folded)


def check(results, size, parts):
    # Every block recomputed on the main thread (the check is not timed).
    block = make_block()
    folded = 0
    for i in range(size):
        folded ^= digest_of(block, i)
    count = sum(r[0] for r in results)
    got = 0
    for r in results:
        got ^= r[1]
    if count != size or got != folded:
        print("hashed", count, "blocks of", size, "- folded digest", got, "expected", folded)
        return False
    return True
