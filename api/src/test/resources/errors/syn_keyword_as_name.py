# expect: SyntaxError
# at: 4:7
# note: CPython points at the '=' after the keyword, not at the keyword itself.
class = "math"
print(class)
