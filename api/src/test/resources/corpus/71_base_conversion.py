# Number base conversions, int(s, base), digit manipulation, and format specs.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
for n in [0, 5, 255, -255, 1000, 2 ** 64, -(2 ** 70) + 1, 123456789]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, row, all(int(s, b) == n for s, b in zip(row, (2, 8, 16, 36))))
print(f"{255:b} {255:o} {255:x} {255:X} {2 ** 64:x}", "%x %o" % (2 ** 64 - 1, 511))
print(int("zz", 36), int("-101", 2), int("7fffffffffffffff", 16), int("10000000000000000", 16), int("Z", 36))
def digit_sum(n, b=10):
    s = 0
    while n:
        s += n % b
        n //= b
    return s
print(digit_sum(2 ** 1000), digit_sum(255, 2), digit_sum(10 ** 20 - 1))
def is_palindrome(n, b):
    s = to_base(n, b)
    return s == s[::-1]
print([n for n in range(1, 1000) if is_palindrome(n, 10) and is_palindrome(n, 2)])
print(int("0"), int("-0"), int("000123"), int("  -42\n"), int("1" * 30), int("10", 2) + int("10", 8) + int("10", 16))
