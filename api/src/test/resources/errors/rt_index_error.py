# expect: IndexError: list index out of range
# line: 7
# List index out of range via a computed index.
items = [10, 20, 30]
i = 0
while True:
    print(items[i])
    i += 1
