# Ordinary object-heavy Python: instances, method calls, attribute reads, list and dict updates.
# Every container access is a critical section and every object a count, so this is where a model's
# single-thread overhead shows (countdown touches almost none of it).
DESCRIPTION = "instances, method calls, attribute reads, list and dict updates: a model's single-thread overhead"
CATEGORY = "cpu"
SIZE = 1_000_000


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


def work(part, parts, size, shared):
    n = size // parts + (1 if part < size % parts else 0)
    seen = {}
    recent = []
    p = Point(0, 0)
    for i in range(n):
        p = p.moved(i % 3 - 1, i % 5 - 2)
        key = p.x % 64
        seen[key] = seen.get(key, 0) + 1
        recent.append(p.y)
        if len(recent) > 32:
            recent.pop(0)
    return sum(seen.values())


def check(results, size, parts):
    return sum(results) == size
