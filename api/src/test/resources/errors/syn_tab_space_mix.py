# expect: TabError
# at: 8:1
# note: CPython raises TabError, a subclass of IndentationError.
# gillab-at: 8:2
# gillab-note: gillab points at the first token after the inconsistent indentation.
def f(x):
        if x:
	return 1
        return 0
