# expect: IndentationError
# at: 7:9
# note: The function header is the last line; CPython points just past its end.
# gillab-at: 8:1
# gillab-note: gillab points at the end of the file, where the indented block was expected.
x = 1
def f():
