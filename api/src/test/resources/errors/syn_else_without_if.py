# expect: SyntaxError
# at: 5:1
x = 1
print(x)
else:
    print("no")
