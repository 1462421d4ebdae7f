# Floor division and modulo follow Python's sign rules.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 5), (-1, 5), (1, -5)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, divmod(a, b), q * b + r == a)
print("floats")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5.0, 0.5), (-0.5, 1.0), (1e10, 3.0)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1 % 1.0, 0.0 % 5, -0.0 // 1.0)
print(3 % -1.5, -3 % 1.5)
big = 10 ** 30 + 7
print(big // -3, big % -3, -big // 3, -big % 3)
print(divmod(-big, 7), divmod(big, -7))
print(-(2 ** 64) // 2 ** 32, -(2 ** 64) % (2 ** 32 + 1))
print((-17) // 5 * 5 + (-17) % 5)
x = -100
x //= 7
print(x)
x %= 3
print(x)
