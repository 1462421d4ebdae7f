# repr/str of tricky float values (shortest round-trip repr).
vals = [0.1 + 0.2, 0.1, 0.5, 1.0, 1e16, 1e15, 123456789012345678.0, 1e-7, 1e-4, 0.0001234,
        1.5e300, 1e308 * 10, -1e308 * 10, -0.0, 0.0, 2.0 ** 53 + 1, 2.0 ** 53, 2 ** 53 + 1,
        1 / 3, 2 / 3, 100.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 3.141592653589793,
        1e-5, 0.00001, 12345.678, -2.5e-10, 9.999999999999999e22, 4.35, 1.1 * 3]
for v in vals:
    print(v, repr(v), str(v))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("1.5"), float(" -2.25 "), float("1e3"))
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf, nan == nan, nan != nan)
print(float(2 ** 53 + 1) == 2 ** 53, float(2 ** 53 + 1) == 2 ** 53 + 1)
print([0.1 * i for i in range(10)])
print(float(7), float(-3), float(True), float("Infinity"), float("NaN"))
print(1e16 + 1, 1e16 + 2, 0.1 + 0.7, 0.3 - 0.1, 1.0 / 49 * 49)
print((0.1).__repr__(), str(-0.0), repr(-0.0 + 0.0), -0.0 == 0.0)
print(1.5e300 * 1.5e300, -1.5e300 * 1.5e300, 1e-320 / 1e10)
print(2.5e-5, 2.5e-4, 123e20, 0.000001, 0.0000001)
print(10.0 ** 15, 10.0 ** 16, 10.0 ** -4, 10.0 ** -5)
print(float("0.1") == 0.1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
