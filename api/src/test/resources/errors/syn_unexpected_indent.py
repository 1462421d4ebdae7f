# expect: IndentationError
# at: 7:4
# note: CPython reports the column of the last indentation character, not of the first token on the line.
# gillab-at: 7:5
# gillab-note: gillab points at the first token of the over-indented line.
x = 1
    y = 2
print(x + y)
