# Classes: __init__, methods, instance vs class attributes, object identity.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        self.tricks = []
        Dog.count += 1
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
    def describe(self):
        return self.name + " (" + str(self.age) + ") knows " + ", ".join(self.tricks)
    def birthday(self):
        self.age += 1
        return self.age
rex = Dog("Rex", 3)
fido = Dog("Fido")
rex.add_trick("sit").add_trick("roll")
fido.add_trick("beg")
print(rex.describe())
print(fido.describe())
print(rex.birthday(), rex.age, fido.age, Dog.count, rex.count, fido.species)
rex.species = "wolf"
print(rex.species, fido.species, Dog.species)
Dog.species = "canis familiaris"
print(rex.species, fido.species)
print(rex is fido, rex == rex, rex != fido, isinstance(rex, Dog), isinstance(5, Dog))
print(type(rex).__name__, rex.__class__.__name__, type(rex) is Dog)
m = rex.describe
rex.add_trick("play dead")
print(m())
print(getattr(rex, "name"), getattr(rex, "nothing", "default"), hasattr(rex, "age"), hasattr(rex, "wings"))
setattr(rex, "color", "brown")
print(rex.color)
class Empty:
    pass
e = Empty()
e.x = 1
e.y = e.x + 1
print(e.x, e.y, isinstance(e, object), isinstance(e, Empty))
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
counters = [Counter() for _ in range(3)]
for i, c in enumerate(counters):
    for _ in range(i + 1):
        c.inc()
print([c.n for c in counters])
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
head = None
for v in [3, 2, 1]:
    head = Node(v, head)
cur = head
out = []
while cur is not None:
    out.append(cur.val)
    cur = cur.next
print(out)
print(Dog.describe(fido), callable(rex.describe), callable(Dog))
