# expect: SyntaxError
# at: 3:9
month = 09
