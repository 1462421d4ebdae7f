# expect: TypeError: area() missing 1 required positional argument: 'height'
# line: 7
# Calling a user function with too few arguments.
def area(width, height):
    return width * height
print(area(3, 4))
print(area(5))
