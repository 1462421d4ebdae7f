# if/elif/else, truthiness, boolean operators and short-circuit, conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(v) for v in (-5, 0, 3, 42)])
for v in [0, 1, "", "x", [], [0], {}, {"a": 1}, None, 0.0, -0.0, 0.1, (), (0,), range(0), set()]:
    print(repr(v) if not isinstance(v, set) else "set()", "truthy" if v else "falsy")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" and "x", not 0, not "a")
print(0 or "" or None, 1 and "a" and [1], [] or {} or 0)
calls = []
def t(x):
    calls.append(x)
    return x
r = t(0) and t(1)
r2 = t(1) or t(2)
r3 = t(3) and t(0) or t(4)
print(r, r2, r3, calls)
x = 5
print("odd" if x % 2 else "even", "big" if x > 100 else "mid" if x > 3 else "tiny")
if x:
    pass
if not x:
    print("unreachable")
else:
    print("x is truthy")
if x > 1 and x < 10 and not x == 7:
    print("in range")
if x < 0 or x > 3:
    print("outside [0,3]")
a = None
print(a is None, a is not None, a == None, type(a).__name__)
grade = 83
if grade >= 90:
    letter = "A"
elif grade >= 80:
    letter = "B"
elif grade >= 70:
    letter = "C"
else:
    letter = "F"
print(letter)
nested = 0
for i in range(5):
    if i % 2 == 0:
        if i > 2:
            nested += 100
        else:
            nested += 1
    else:
        nested -= 1
print(nested)
