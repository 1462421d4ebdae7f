# expect: SyntaxError
# at: 3:7
doc = """This docstring
never ends
x = 1
