# expect: ValueError: not enough values to unpack (expected 3, got 2)
# line: 5
# Not enough values to unpack.
line = "alpha,beta"
first, second, third = line.split(",")
print(first)
