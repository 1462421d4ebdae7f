# expect: SyntaxError
# at: 3:12
greeting = "hello
print(greeting)
