# del on names, subscripts, slices and attributes.
x = 5
del x
try:
    print(x)
except NameError:
    print("x deleted")
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)
a, b = 1, 2
del a, b
nested = {"k": [1, 2, {"x": 1, "y": 2}]}
del nested["k"][2]["x"]
del nested["k"][0]
print(nested)
class C:
    pass
c = C()
c.attr = 1
c.other = 2
print(hasattr(c, "attr"), hasattr(c, "other"), hasattr(c, "missing"))
def f():
    v = 10
    del v
    v = 20
    return v
print(f())
for i in range(3):
    pass
del i
print("done")
