# expect: AssertionError
# line: 6
# Failing assert without a message.
values = [3, 2, 1]
print(sorted(values))
assert values == sorted(values)
