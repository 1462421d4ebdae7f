# expect: SyntaxError
# at: 4:1
x = 2
1 = x
