# expect: ZeroDivisionError: integer modulo by zero
# line: 6
# Integer modulo by zero in a loop.
total = 0
for k in range(5, -1, -1):
    total += 100 % k
    print(k, total)
