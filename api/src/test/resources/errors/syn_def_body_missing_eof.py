# expect: IndentationError
# at: 5:9
# note: The function header is the last line; CPython points just past its end.
x = 1
def f():
