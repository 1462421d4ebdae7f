import gc

DESCRIPTION = 'a worker deletes a module-level class and function, then collects'
CATEGORY = 'cpu'
SIZE = 10


class Victim:
    def method(self):
        return 1


def victim_fn():
    return 2


def setup(size, parts):
    return None


def work(part, parts, size, shared):
    global Victim, victim_fn
    if part != 0:
        return 0
    n = Victim().method() + victim_fn()
    del Victim, victim_fn
    return gc.collect() + 0 * n


def check(results, size, parts):
    return results[0] >= 0 and all(r == 0 for r in results[1:])


if __name__ == '__main__':
    print(check([work(p, 2, SIZE, setup(SIZE, 2)) for p in range(2)], SIZE, 2))
