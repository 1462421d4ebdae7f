# expect: TypeError: 'int' object is not callable
# line: 6
# Calling an int.
handlers = {"a": len, "b": 42}
print(handlers["a"]("xyz"))
print(handlers["b"]("xyz"))
