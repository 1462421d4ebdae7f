# Float benchmark: points from sin/cos, normalize, maximize.
from math import sin, cos, sqrt
class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2
    def __repr__(self):
        return "<Point: x=%.6f, y=%.6f, z=%.6f>" % (self.x, self.y, self.z)
    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm
    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self
def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt
def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)
for n in (10, 1000, 20000):
    print(n, benchmark(n))
p = Point(1)
p.normalize()
print(round(p.x * p.x + p.y * p.y + p.z * p.z, 12))
