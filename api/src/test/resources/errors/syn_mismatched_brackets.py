# expect: SyntaxError
# at: 3:17
items = [1, 2, 3)
