# __call__, __str__ vs __repr__, __bool__ and __len__ truthiness, str()/repr()/print of objects.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, y=1):
        self.calls += 1
        return self.k * x * y
triple = Multiplier(3)
print(triple(4), triple(2, y=5), list(map(triple, [1, 2, 3])), triple.calls, callable(triple))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)
p = Point(1, 2.5)
print(p, str(p), repr(p), [p], (p,), {"p": p}, f"{p} {p!r}", "%s %r" % (p, p), "{} {!r}".format(p, p))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, str(o), repr(o).startswith("<"), repr(o).endswith(">"))
class Truthy:
    def __init__(self, flag):
        self.flag = flag
    def __bool__(self):
        return self.flag
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Truthy(True)), bool(Truthy(False)), bool(Sized(0)), bool(Sized(2)), not Sized(0), bool(object()))
if Truthy(False) or Sized(3):
    print("or picked", type(Truthy(False) or Sized(3)).__name__)
class Adder:
    def __init__(self):
        self.total = 0
    def __call__(self, *args, **kwargs):
        self.total += sum(args) + sum(kwargs.values())
        return self
add = Adder()
print(add(1, 2)(3)(x=4).total)
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def __call__(self, name):
        return self.greeting + ", " + name + "!"
gs = [Greeter("Hi"), Greeter("Hello")]
print([g("Ada") for g in gs], sorted(["b", "a"], key=Greeter("x")))
