# expect: ZeroDivisionError: division by zero
# line: 5
# Integer true division by zero inside a function.
def average(values):
    return sum(values) / len(values)
print(average([1, 2, 3]))
print(average([]))
