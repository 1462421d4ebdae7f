# expect: ValueError: list.remove(x): x not in list
# line: 7
# list.remove of a missing element.
xs = [1, 2, 3]
xs.remove(2)
print(xs)
xs.remove(5)
