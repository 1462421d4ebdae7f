# Float arithmetic, mixed int/float, comparisons, conversions.
a = 3.75
b = -1.5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a)
print(1 + 2.0, 3 * 0.5, 7 / 7, 2 ** 0.5 * 2 ** 0.5, 10 / 4)
print(1 == 1.0, 2 < 2.5, 3.0 > 2, 0.1 * 3 == 0.3, 1e300 > 10 ** 299)
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64)
print(int(2.5), int(-2.5), int(1e18), int(123.999))
total = 0.0
for i in range(1, 11):
    total += 1.0 / i
print("H10 =", total)
x = 1.0
for i in range(60):
    x /= 2
print(x, x * 2 ** 60)
print(abs(-2.5), abs(-0.0), max(1.5, 2), min(-0.5, 0), sum([0.1] * 10))
print(sum([0.5, 0.25], 1), sum(x / 10 for x in range(5)))
y = 10.0
y += 2
y -= 0.5
y *= 3
y /= 4
y //= 2
y **= 2
print(y)
print(float(10 ** 16), float(-(10 ** 17)), 1e100 / 3)
print(0.1 + 0.2 - 0.3, 1 - 0.9, 100 * 1.1)
print(7.0 // 0.1, 7.0 % 0.1, 1.0 % 0.3)
print(3.0 == 3, hash(3.0) == hash(3), hash(0.5) == hash(0.5), {1.0: "a"}[1])
print(isinstance(1.0, float), isinstance(1, float), type(1.0).__name__, type(2 / 1).__name__)
