# sorted/min/max with key/default, reversed, enumerate(start), zip, map, filter, any, all, sum(start).
data = [5, -3, 8, 0, -9, 2]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=abs), sorted(data, key=abs, reverse=True))
print(min(data), max(data), min(data, key=abs), max(data, key=lambda v: -v), min([], default="empty"), max([], default=None))
print(max(3, 7, 5), min("b", "a", "c"), max("apple", "fig", key=len), min(4, 2, 8, key=lambda x: (x % 3, x)))
print(max([1, 5, 5, 2], key=lambda x: x), max([(1, "b"), (1, "a")]), min([[3], [1, 2]]))
words = ["delta", "Alpha", "charlie", "bravo", "echo", "alpha"]
print(sorted(words), sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 2)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(enumerate("abc")), list(enumerate("abc", start=1)), list(enumerate([], 5)), dict(enumerate("xy", 10)))
print(list(zip([1, 2, 3], "abcd")), list(zip()), list(zip([1], [2], [3])), dict(zip(["a", "b"], [1, 2])))
names, ages = zip(*[("ann", 30), ("bob", 25)])
print(names, ages)
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])), list(map(lambda x, y: x + y, "ab", "cd")), list(map(int, "123")))
print(list(filter(lambda c: c.isdigit(), "a1b2c3")), list(filter(None, [0, 1, 2, "", None, "x"])))
print(any([0, 0, 1]), any([]), all([1, 1, 0]), all([]), any("a" == c for c in "xyz"), all(c.isalpha() for c in "abc"))
print(sum([1, 2, 3], 10), sum([[1], [2, 3]], []), sum(range(5), -10), sum([0.1, 0.2]), sum([]), sum([True, True, False]))
print(abs(-5), abs(5.5), abs(-0), divmod(17, 5), pow(2, 8), round(2.567, 2), chr(9731), ord("\u2603"))
print(repr("x"), repr(1), repr([1, "a", None]), repr(1.0), repr(True), repr(None), repr((1,)), repr({}))
print(len("abc"), len([1, 2]), len({1: 2}), len((1, 2, 3)), len(range(10)), len({1, 2}), len(b"ab"), len(""))
print(list(iter([1, 2])), next(iter("z")), next(iter([]), "dflt"))
a = [1, 2]
b = [1, 2]
print(id(a) == id(a), id(a) == id(b), hash("abc") == hash("abc"), hash(1) == hash(1.0), hash((1, "a")) == hash((1, "a")))
print(int(), float(), str(), bool(), list(), tuple(), dict(), len(set()))
print(bool(0), bool(-1), bool(0.0), bool("0"), bool([]), bool(None), bool(" "))
print(str(123) + str(4.5) + str(None) + str(True) + str([1]) + str((1, 2)) + str({"a": 1}))
print(list(range(3)) + list("ab") + list((9,)) + list({"k": 1}) + list({4: 5}.values()))
