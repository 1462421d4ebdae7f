# expect: SyntaxError
# at: 5:7
# note: CPython points at the newline right after the trailing '.'.
s = "abc"
t = s.
