# expect: SyntaxError
# at: 3:12
def compute:
    return 42
