# expect: AttributeError: 'str' object has no attribute 'frobnicate'
# line: 6
# Missing method on a builtin type.
s = "hello"
print(s.upper())
print(s.frobnicate())
