# expect: TypeError: can only concatenate str (not "int") to str
# line: 7
# Concatenating str and int.
name = "value"
n = 5
print(name + str(n))
print(name + n)
