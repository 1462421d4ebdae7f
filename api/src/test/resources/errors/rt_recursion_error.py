# expect: RecursionError: maximum recursion depth exceeded
# line: 5
# Unbounded recursion.
def countdown(n):
    return countdown(n + 1)
print("start")
countdown(0)
