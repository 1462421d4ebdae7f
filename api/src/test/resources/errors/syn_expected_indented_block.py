# expect: IndentationError
# at: 6:1
# note: CPython points at the first token of the unindented line after the 'if' header.
x = 5
if x:
print(x)
