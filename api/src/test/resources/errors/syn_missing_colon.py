# expect: SyntaxError
# at: 5:9
# note: CPython points just past the end of the if-header line, where the missing colon belongs.
x = 3
if x > 1
    print("big")
