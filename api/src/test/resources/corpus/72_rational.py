# A Rational number class with full operator overloading, normalization and hashing.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Rational:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Rational denominator is zero")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g
    def _coerce(self, o):
        return o if isinstance(o, Rational) else Rational(o)
    def __add__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        return self._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return self._coerce(o) / self
    def __neg__(self):
        return Rational(-self.num, self.den)
    def __abs__(self):
        return Rational(abs(self.num), self.den)
    def __pow__(self, n):
        if n < 0:
            return Rational(self.den ** -n, self.num ** -n)
        return Rational(self.num ** n, self.den ** n)
    def __eq__(self, o):
        o = self._coerce(o)
        return self.num == o.num and self.den == o.den
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __repr__(self):
        return "%d/%d" % (self.num, self.den) if self.den != 1 else str(self.num)
R = Rational
a, b = R(1, 3), R(-3, 4)
print(a, b, a + b, a - b, a * b, a / b, -a, abs(b), a ** 3, b ** -2, R(6, -8), R(0, 5))
print(a + 1, 1 + a, 2 - a, 2 * a, 1 / a, a == R(2, 6), a < b, b < a, a <= R(1, 3), sorted([a, b, R(0), R(1, 2)]))
h = R(0)
for k in range(1, 21):
    h += R(1, k)
print("H20 =", h, round(h.num / h.den, 12))
e = R(0)
f = 1
for k in range(18):
    if k:
        f *= k
    e += R(1, f)
print(e, e.num / e.den)
print(len({R(1, 2), R(2, 4), R(3, 6), R(1, 3)}), R(1, 2) in [R(2, 4)], {R(1, 2): "half"}[R(50, 100)])
try:
    R(1, 0)
except ZeroDivisionError as ex:
    print("ZeroDivisionError:", ex)
def bernoulli(n):
    A = [R(0)] * (n + 1)
    for m in range(n + 1):
        A[m] = R(1, m + 1)
        for j in range(m, 0, -1):
            A[j - 1] = j * (A[j - 1] - A[j])
    return A[0]
print([bernoulli(k) for k in range(0, 13)])
