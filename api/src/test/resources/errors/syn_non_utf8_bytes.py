# expect: SyntaxError
# at: 5:12
# note: Running the file, CPython prints 'Non-UTF-8 code starting with '\xe9' ... on line N' with no column; the column is that of the first invalid byte.
x = 1
name = "café"
print(name)
