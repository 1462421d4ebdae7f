# Bitwise operators on small, negative and big ints.
vals = [0, 1, 5, 12, -1, -6, 255, 2 ** 40 + 3]
for a in vals:
    print(a, ~a, a << 3, a >> 2, a & 0xF0, a | 9, a ^ 0x55)
print(-5 >> 1, -1 >> 10, -16 >> 2, -17 >> 2)
print(1 << 63, 1 << 64, 1 << 100, (1 << 100) >> 98)
print(-(1 << 70) >> 3, ~(2 ** 64), -(2 ** 64) & 0xFFFF)
print((2 ** 64 - 1) & (2 ** 63), (2 ** 64) | 1, (2 ** 65) ^ (2 ** 64))
print(-12 & -7, -12 | 7, -12 ^ 7, -12 & 7)
x = 0b1011
x |= 0b0100
print(x)
x &= 0b1110
print(x)
x ^= 0xFF
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)], popcount(2 ** 100 - 1))
print(f"{37:b} {255:x} {255:X} {-37:b} {-255:x}", "%o %x" % (8, 255))
print(5 & 3 | 8, 5 ^ 3 & 1, 1 << 2 + 1, ~0 == -1)
print(True & False, True | False, True ^ True)
