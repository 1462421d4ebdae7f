class Fut:
    def __init__(self):
        self.result = None
    def __await__(self):
        v = yield self
        return v * 2

async def inner(x):
    r = await Fut()
    return r + x

async def outer():
    a = await inner(1)
    b = await inner(2)
    return a, b

c = outer()
print(type(c).__name__)
f = c.send(None)
print(type(f).__name__)
f = c.send(10)
print(type(f).__name__)
try:
    c.send(20)
except StopIteration as e:
    print("done", e.value)

async def catcher():
    try:
        await Fut()
    except ValueError as e:
        print("caught", e)
        return "recovered"
c = catcher()
c.send(None)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)

class ACM:
    async def __aenter__(self):
        print("enter")
        await Fut()
        return "res"
    async def __aexit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True

class AIt:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    async with ACM() as r:
        print("got", r)
        raise KeyError("x")
    total = 0
    async for v in AIt(4):
        total += v
    else:
        print("else ran")
    async for v in AIt(10):
        if v == 3:
            break
    print("total", total, v)
    return "ok"

c = main()
x = c.send(None)
try:
    while True:
        x = c.send(1)
except StopIteration as e:
    print(e.value)


# Errors, with CPython's messages.
def gen():
    yield 1


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


async def misuse(case):
    if case == 0:
        await 3
    elif case == 1:
        await gen()
    elif case == 2:
        async with Plain():
            pass
    elif case == 3:
        async for x in [1, 2]:
            pass
    elif case == 4:
        co = inner(0)
        try:
            co.send(None)
            co.send(1)
        except StopIteration:
            pass
        await co


for case in range(5):
    c = misuse(case)
    try:
        c.send(None)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)

c = inner(5)
print(type(c).__name__, c.send(None) is not None)
try:
    c.send(3)
except TypeError as e:
    print("TypeError", e)
except StopIteration as e:
    print("returned", e.value)
c2 = inner(1)
try:
    c2.send(5)
except TypeError as e:
    print("TypeError", e)
c2.close()
