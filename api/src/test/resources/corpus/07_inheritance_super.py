# Single inheritance, method overriding, super().__init__ and super().method().
class Animal:
    kingdom = "animalia"
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
    def intro(self):
        return "I am a " + self.kind() + ": " + self.speak()
class Cat(Animal):
    def __init__(self, name, lives=9):
        super().__init__(name, "meow")
        self.lives = lives
    def kind(self):
        return "cat"
class Lion(Cat):
    def __init__(self, name):
        super().__init__(name, lives=1)
        self.sound = "ROAR"
    def speak(self):
        return super().speak() + "!!"
    def kind(self):
        return "big " + super().kind()
a = Animal("generic")
c = Cat("Tom")
l = Lion("Leo")
for x in (a, c, l):
    print(x.intro(), "|", type(x).__name__, x.kingdom)
print(c.lives, l.lives, isinstance(l, Cat), isinstance(l, Animal), isinstance(c, Lion), isinstance(a, (Cat, Lion)), isinstance(l, (int, Cat)))
class Base:
    def __init__(self):
        self.log = ["Base"]
    def hook(self):
        return "base-hook"
    def run(self):
        return self.hook()
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")
    def hook(self):
        return "leaf-hook/" + super().hook()
leaf = Leaf()
print(leaf.log, leaf.run(), Mid().run())
class NoInit(Leaf):
    pass
n = NoInit()
print(n.log, n.run(), type(n).__name__, isinstance(n, Base))
class Shape:
    def area(self):
        return 0
    def __str__(self):
        return type(self).__name__ + "(area=" + str(self.area()) + ")"
class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Shape(), Rect(2, 3), Square(4)]
print([str(s) for s in shapes], sum(s.area() for s in shapes))
print(Square.area(Square(3)), Rect.area(Square(2)))
