# expect: IndentationError
# at: 8:10
# note: CPython reports an offset just past the end of the offending line for this error.
# gillab-at: 8:5
# gillab-note: gillab points at the first token of the line whose indentation matches no outer level.
def f():
        a = 1
    b = 2
    return a + b
