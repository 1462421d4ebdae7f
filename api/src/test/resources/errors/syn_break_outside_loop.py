# expect: SyntaxError
# at: 5:5
x = 0
if x == 0:
    break
