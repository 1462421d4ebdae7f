# expect: SyntaxError
# at: 6:6
total = 0
for i in range(3):
    total += i
print((total + 1)
