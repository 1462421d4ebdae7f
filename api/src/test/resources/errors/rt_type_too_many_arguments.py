# expect: TypeError: greet() takes from 1 to 2 positional arguments but 3 were given
# line: 7
# Calling a user function with too many positional arguments.
def greet(name, punct="!"):
    return "hi " + name + punct
print(greet("ann"))
print(greet("bob", "?", "extra"))
