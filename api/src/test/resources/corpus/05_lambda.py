# Lambdas with map, filter, sorted and conditional expressions.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
print(list(map(sq, range(6))), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda x: x % 3 == 0, range(20))), list(filter(None, [0, 1, "", "a", [], [0], None])))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
sign = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print([sign(v) for v in (-2, 0, 3)])
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
print([ops[o](12, 4) for o in "+-*/"])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("a")("b")("c"))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(25))
print((lambda x, *, k=2: x ** k)(3), (lambda **kw: sorted(kw))(b=1, a=2))
