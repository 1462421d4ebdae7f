# expect: SyntaxError
# at: 5:5
x = 10
if x > 5:
    return x
