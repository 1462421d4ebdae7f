# expect: IndentationError
# at: 6:10
# note: CPython reports an offset just past the end of the offending line for this error.
def f():
        a = 1
    b = 2
    return a + b
