# expect: ValueError: too many values to unpack (expected 2)
# line: 5
# Too many values to unpack.
pairs = [(1, 2), (3, 4), (5, 6, 7)]
for a, b in pairs:
    print(a + b)
