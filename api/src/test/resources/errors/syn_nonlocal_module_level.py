# expect: SyntaxError
# at: 4:1
print("start")
nonlocal counter
