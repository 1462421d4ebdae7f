# pow with 2 and 3 arguments, divmod, gcd-like loops.
print(pow(2, 10), pow(2, -2), pow(-3, 3), pow(0, 0), pow(2.0, 3))
print(pow(3, 200, 1000000007), pow(2, 1000, 97), pow(7, 0, 13))
print(pow(-3, 5, 7), pow(3, 5, -7), pow(123456789, 987654321, 2 ** 61 - 1))
print(pow(3, -1, 7), pow(10, -1, 17))
print(divmod(100, 7), divmod(-100, 7), divmod(100, -7), divmod(-100, -7))
print(divmod(2 ** 80, 3 ** 20))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2, 10 ** -2)
print(0 ** 0, 0.0 ** 0, 1 ** 1000, (-1) ** 1001)
def modexp(b, e, m):
    r = 1
    b %= m
    while e > 0:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
for b, e, m in [(2, 100, 1009), (5, 117, 19), (12345, 6789, 10 ** 9 + 9)]:
    print(b, e, m, modexp(b, e, m), pow(b, e, m), modexp(b, e, m) == pow(b, e, m))
x = 3
x **= 4
print(x)
x **= 20
print(x)
