# Defaults, keyword arguments, *args, **kwargs, keyword-only arguments.
def f(a, b=2, c=3):
    return a * 100 + b * 10 + c
print(f(1), f(1, 5), f(1, c=9), f(a=4, b=0, c=0), f(c=1, a=2))
def g(*args):
    return len(args), args
print(g(), g(1), g(1, "x", [2]))
def h(first, *rest, sep="-"):
    return sep.join([str(first)] + [str(r) for r in rest])
print(h(1), h(1, 2, 3), h(1, 2, sep="+"), h("a", *["b", "c"], sep=""))
def kw(**kwargs):
    return sorted(kwargs.items())
print(kw(), kw(x=1, y=2), kw(**{"z": 26, "a": 1}))
def everything(a, b=0, *args, k, kk=5, **kwargs):
    return (a, b, args, k, kk, kwargs)
print(everything(1, k=2))
print(everything(1, 2, 3, 4, k=5, kk=6, extra=7, more=8))
def only_kw(*, name, greeting="hello"):
    return greeting + ", " + name
print(only_kw(name="x"), only_kw(greeting="hi", name="y"))
args = (1, 2)
kwargs = {"c": 30}
print(f(*args), f(*args, **kwargs), f(*[7], **{"b": 8}), f(1, *[2, 3]))
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2), mutable_default(3, []))
def safe_default(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_default(1), safe_default(2))
def no_return():
    pass
def early(x):
    if x < 0:
        return "neg"
    elif x == 0:
        return
    return "pos"
print(no_return(), early(-1), early(0), early(5))
def multi():
    return 1, [2, 3], "four"
one, (two, three), four = multi()
print(one, two, three, four, multi())
def recursive_sum(lst):
    if not lst:
        return 0
    return lst[0] + recursive_sum(lst[1:])
print(recursive_sum(list(range(50))))
def apply(fn, *a, **k):
    return fn(*a, **k)
print(apply(f, 9), apply(f, 1, c=0), apply(max, 3, 8, 1), apply(sorted, [3, 1, 2], reverse=True))
def defaults_eval(x, y=len("abc")):
    return x + y
print(defaults_eval(1), defaults_eval(1, 1), callable(f), callable(5))
def nested_def(n):
    def sq(v):
        return v * v
    return [sq(i) for i in range(n)]
print(nested_def(5))
