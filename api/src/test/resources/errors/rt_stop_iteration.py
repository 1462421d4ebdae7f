# expect: StopIteration
# line: 7
# next() on an exhausted iterator without a default.
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it))
