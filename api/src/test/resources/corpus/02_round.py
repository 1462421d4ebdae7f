# round(): banker's rounding, ndigits, negative ndigits, int results.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1.005, 7.0, -7.3]:
    print(v, round(v), round(v, 1), round(v, 2), type(round(v)).__name__)
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(0.125, 2), round(0.375, 2), round(2.5, 0), round(3.14159, 3), round(-0.0), round(1e16 + 0.5))
print(round(10), round(-10, 1), round(12345, -3), round(2 ** 70 + 2 ** 69, -20))
print(round(5e-324, 5), round(1.5e300, 2), round(123.456, 10))
print(round(0.5 + 1e-16), round(1 / 3, 5), round(2 / 3, 5), round(-2 / 3, 4))
