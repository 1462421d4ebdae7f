# Generators resumed with send(), throw() and close(), with yields inside try, except, finally and
# loops, and generator expressions: what a compiled generator must resume exactly where it stopped.
def accumulate():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("caught", e, "at", total)
            x = -1
        if x is None:
            break
        total += x
    return total

g = accumulate()
print(next(g))
print(g.send(3), g.send(4))
print(g.throw(ValueError("bad")))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def layered():
    try:
        for i in range(3):
            try:
                yield i
            finally:
                print("inner finally", i)
    except KeyError:
        print("outer caught KeyError")
        yield "after"
    finally:
        print("outer finally")

h = layered()
print(next(h), next(h))
print(h.throw(KeyError("k")))
try:
    next(h)
except StopIteration:
    print("done")

def uncaught():
    yield 1
    yield 2

u = uncaught()
next(u)
try:
    u.throw(TypeError("through"))
except TypeError as e:
    print("propagated", e)
print(list(u))

def pairs(n):
    for i in range(n):
        for j in range(i):
            yield i * 10 + j

print(list(pairs(4)))
print(sum(x * x for x in range(100)), max(len(s) for s in ["a", "bbb", "cc"]))
squares = (i * i for i in range(5))
print(next(squares), list(squares), list(squares))
nested = [list(c for c in w if c != "a") for w in ["banana", "apple"]]
print(nested)

def deep(n):
    if n == 0:
        yield "bottom"
        return
    for v in deep(n - 1):
        yield v + str(n)

print(list(deep(5)))

def with_state():
    seen = []
    while len(seen) < 3:
        v = yield len(seen)
        seen.append(v)
    yield seen

w = with_state()
next(w)
w.send("a")
w.send("b")
print(w.send("c"))
