# The float kernel (bench/kernels/float.py): points built from sin and cos, normalised and folded into
# their componentwise maximum; float arithmetic, object creation and attribute writes. The SIZE points
# are cut into blocks of BLOCK (the workers take blocks in turn), each block the same benchmark, so
# every block must end at the very same point, bit for bit, as one computed on the main thread.
from math import sin, cos, sqrt

DESCRIPTION = "float benchmark: SIZE points made, normalised and maximised, in blocks of 10000 dealt to the workers"
CATEGORY = "cpu"
SIZE = 500_000

BLOCK = 10_000


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    p = maximize(points)
    return (n, p.x, p.y, p.z)


def work(part, parts, size, shared):
    counts = {}  # (points, x, y, z) -> how many blocks ended there: one line per worker in the report
    for start in range(part * BLOCK, size, parts * BLOCK):
        outcome = benchmark(min(BLOCK, size - start))
        counts[outcome] = counts.get(outcome, 0) + 1
    return tuple(sorted(outcome + (n,) for outcome, n in counts.items()))


def check(results, size, parts):
    expected = {}  # one block of each length, recomputed here on the main thread
    points = 0
    ok = True
    for tallied in results:
        for n, x, y, z, blocks in tallied:
            points += n * blocks
            if n not in expected:
                expected[n] = benchmark(n)
            if (n, x, y, z) != expected[n]:
                print("float: %d blocks of %d points ended at %r, not %r" % (blocks, n, (x, y, z), expected[n][1:]))
                ok = False
    if points != size:
        print("float: %d points made, not %d" % (points, size))
    return ok and points == size
