# expect: AttributeError: 'Point' object has no attribute 'velocity'
# line: 10
# Missing attribute on a user-class instance.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y)
print(p.velocity)
