# expect: IndentationError
# at: 5:4
# note: CPython reports the column of the last indentation character, not of the first token on the line.
x = 1
    y = 2
print(x + y)
