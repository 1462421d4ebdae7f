# expect: NameError: name 'qqq_undefined_value' is not defined
# line: 5
# Reading an undefined global name from inside a function.
def compute():
    return 41 + qqq_undefined_value
print("before")
print(compute())
