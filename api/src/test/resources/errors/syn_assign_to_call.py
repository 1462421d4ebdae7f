# expect: SyntaxError
# at: 5:1
def f():
    return 1
f() = 5
