# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# line: 7
# Unsupported operand types for +.
count = 3
label = "items"
print(label, count)
print(count + label)
