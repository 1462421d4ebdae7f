# expect: TabError
# at: 6:1
# note: CPython raises TabError, a subclass of IndentationError.
def f(x):
        if x:
	return 1
        return 0
