# Slice reads, slice assignment, slice deletion with steps.
a = list(range(10))
print(a[2:8:2], a[8:2:-2], a[-3:], a[:-3], a[::-1], a[5:100], a[-100:2], a[7:3])
a[1:3] = ["x", "y", "z"]
print(a)
a[0:0] = [-2, -1]
print(a)
a[len(a):] = [99]
print(a)
a[2:5] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[1::2] = [i * 10 for i in range(len(a[1::2]))]
print(a)
del a[0]
print(a)
del a[-2:]
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
b = list("abcdefgh")
b[-3:] = "XY"
print(b)
b[:] = [1, 2, 3]
print(b)
c = [1, 2, 3, 4, 5]
c[1:4] = c[1:4][::-1]
print(c)
c[10:20] = [6]
print(c)
s = "slicing"
print(s[1:-1], s[::2], s[-2::-2], s[3:1:-1], s[:3])
t = (0, 1, 2, 3, 4)
print(t[1:3], t[::-2], t[4:0:-1], t[-1:], type(t[1:2]).__name__)
r = range(0, 20, 3)
print(list(r[1:4]), r[-1], len(r), list(r[::-1]))
