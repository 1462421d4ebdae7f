# math module functions (transcendental results rounded to avoid last-ulp libm differences).
import math
from math import sqrt, pi, gcd, factorial
def r(x):
    return round(x, 12)
print(math.sqrt(2), sqrt(16), math.sqrt(0.0), math.sqrt(1e300), math.sqrt(0.25), math.floor(-2.5), math.ceil(-2.5), math.floor(3), math.ceil(2.0001))
print(type(math.floor(2.5)).__name__, math.floor(1e20), math.ceil(-0.5), math.floor(-1e-300), math.ceil(5.0))
print(math.sin(0), math.cos(0), r(math.sin(math.pi / 2)), r(math.cos(math.pi)), math.tan(0), r(math.tan(math.pi / 4)))
print(r(math.atan(1) * 4), r(math.atan2(1, 1)), r(math.atan2(-1, -1)), r(math.atan2(0, -1)), r(math.atan2(1, 0)), math.atan(0))
print(math.exp(0), r(math.exp(1)), r(math.log(math.e)), r(math.log(100, 10)), r(math.log(8, 2)), math.log(1), r(math.log(2)))
print(math.log2(1024), r(math.log2(3)), math.log10(1000), r(math.log10(2)), math.fabs(-3), math.fabs(2.5), math.log2(2 ** 60))
print(math.pow(2, 10), math.pow(2.5, 2), math.hypot(3, 4), math.hypot(5, 12), math.pi, math.e, pi)
print(gcd(12, 18), gcd(0, 5), gcd(-12, 18), gcd(2 ** 100, 6 ** 50), math.gcd(17, 31))
print(math.isqrt(10), math.isqrt(16), math.isqrt(2 ** 100 + 1), math.isqrt(0), math.isqrt(99999999999999999999))
print(factorial(0), factorial(10), factorial(25), len(str(factorial(100))), math.factorial(20) % 1000007)
print(math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf), math.isinf(1e308), math.isnan(0.0))
print(r(math.sin(1)), r(math.cos(1)), round(math.exp(10), 6), r(math.log(10)), r(math.exp(-1)))
print([round(math.sqrt(i), 4) for i in range(10)])
angles = [k * math.pi / 6 for k in range(13)]
print([round(math.sin(a), 6) for a in angles])
print(math.sqrt(2) ** 2 == 2, abs(math.sqrt(2) ** 2 - 2) < 1e-15, math.floor(-0.0), math.ceil(0.2))
print(r(sum(1 / factorial(k) for k in range(20))), r(math.e))
print(abs(math.sin(1) ** 2 + math.cos(1) ** 2 - 1) < 1e-15, abs(math.exp(math.log(7.5)) - 7.5) < 1e-12)
