# Basic integer arithmetic, precedence, unary ops, comparisons.
a = 17
b = 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** 2, -a, +a)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 100 // 10 // 3, 2 * 3 % 4)
print(7 / 2, 8 / 2, 1 / 3, -7 / 2)
print(a == 17, a != 17, a < b, a > b, a <= 17, a >= 18)
x = 0
for i in range(1, 101):
    x += i
print("sum 1..100 =", x)
print(abs(-42), abs(0), abs(42))
print(int("12"), int("-345"), int("  77  "), int("+9"))
print(int("ff", 16), int("777", 8), int("101101", 2), int("zz", 36))
print(int(3.9), int(-3.9), int(0.0), int(True), int(False))
print(int("0x1f", 16), int("-0b11", 2), int("0o17", 8))
print(1_000_000 + 1, 0x10, 0o17, 0b1010)
print(True + True, True * 10, False - 1)
print(max(3, 9, 2), min(3, 9, 2), sum([1, 2, 3, 4]))
n = 12345
digits = 0
while n > 0:
    digits += n % 10
    n //= 10
print("digit sum", digits)
print(str(-0), -0, 0 == -0)
print(3 > 2 > 1, 1 < 2 < 2, 1 == 1.0, 2 ** -1, 10 ** 0)
