# Generators that are closed or abandoned still run their cleanup (GeneratorExit at the yield).
log = []
def counter(name):
    log.append("start " + name)
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        log.append("cleanup " + name)
g = counter("a")
print(next(g), next(g))
g.close()
print(log)
g.close()
for x in counter("b"):
    if x == 2:
        break
print(log)
def first_two(n):
    for v in counter(n):
        if v > 1:
            return v
print(first_two("c"), log[-2:])
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("open " + self.name)
        return self
    def __exit__(self, t, e, tb):
        log.append("close " + self.name + " " + (t.__name__ if t else "clean"))
        return False
def reader():
    with Resource("r"):
        yield 1
        yield 2
r = reader()
print(next(r))
del r
print(log[-2:])
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def unstarted():
    log.append("never")
    yield 1
u = unstarted()
u.close()
print("never" in log)
