# expect: ZeroDivisionError: division by zero
# line: 6
# Error raised inside a generator while it is being consumed.
def ratios(values):
    for a, b in zip(values, values[1:]):
        yield a / b
for r in ratios([8, 4, 2, 0, 5]):
    print(r)
