# expect: SyntaxError
# at: 4:15
# note: Column of the extra ')'.
point = (1, 2))
print(point)
