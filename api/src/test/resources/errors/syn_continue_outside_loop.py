# expect: SyntaxError
# at: 5:1
for i in range(2):
    print(i)
continue
