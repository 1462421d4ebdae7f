# expect: ValueError: invalid literal for int() with base 10: 'abc'
# line: 5
# int() of a non-numeric string.
for text in ["12", "-7", "abc"]:
    print(int(text) * 2)
