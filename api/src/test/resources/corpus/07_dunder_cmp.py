# Comparison dunders, __hash__, __eq__ used by containers and sorting.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __ne__(self, other):
        return not self == other
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "V" + ".".join(str(p) for p in self.parts)
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2.3"), Version("1.2.3")
print(a == b, a != b, a is b, a < Version("1.3"), a >= b, a > b, a <= b)
print(len(set(vs)), Version("1.2.3") in vs, {a: "x"}[b], vs.count(a), vs.index(b))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "O(" + str(self.v) + ")"
os_ = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(os_), OnlyLt(5) > OnlyLt(2), max(os_))
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p2, p1 == p1, p1 != p2, hash(p1) == hash(p1), len({p1, p2, p1}))
class AlwaysEq:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 1
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 3, len({AlwaysEq(), AlwaysEq()}))
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, r, s):
        self.r = r
        self.s = s
    def key(self):
        return (Card.RANKS.index(self.r), self.s)
    def __lt__(self, o):
        return self.key() < o.key()
    def __eq__(self, o):
        return self.key() == o.key()
    def __hash__(self):
        return hash(self.key())
    def __str__(self):
        return self.r + self.s
hand = [Card("K", "h"), Card("2", "s"), Card("T", "d"), Card("A", "c"), Card("2", "d")]
print(" ".join(str(c) for c in sorted(hand)), " ".join(str(c) for c in sorted(hand, reverse=True)))
