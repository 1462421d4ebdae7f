# expect: SyntaxError
# at: 5:8
# note: CPython points at the end of the line (the newline token) after the dangling '+'.
a = 1
b = a +
print(b)
