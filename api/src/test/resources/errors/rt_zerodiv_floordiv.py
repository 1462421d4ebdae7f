# expect: ZeroDivisionError: integer division or modulo by zero
# line: 7
# Integer floor division by zero through augmented assignment.
n = 1000
divisors = [10, 5, 0]
for d in divisors:
    n //= d
    print(n)
