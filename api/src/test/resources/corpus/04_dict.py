# Dicts: insertion order, methods, iteration, nested, keys of many types.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.setdefault("a", 100), d)
print(d.pop("e"), d.pop("missing", "dflt"), d)
del d["b"]
print(d)
d.update({"x": 9, "a": -1})
d.update(y=10)
print(d)
for k in d:
    print(k, d[k], end="; ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print(dict(a=1, b=2), dict([("k", 1), ("j", 2)]), dict(zip("abc", range(3))), dict({"q": 1}), dict())
e = {}
e[1] = "int"
e[2.5] = "float"
e["1"] = "str"
e[(1, 2)] = "tuple"
e[True] = "bool overrides 1"
e[None] = "none"
print(e, e[1.0], len(e))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
nested["outer"]["inner"][2]["deep"] = False
nested["outer"]["new"] = {}
print(nested)
sq = {i: i * i for i in range(6) if i % 2 == 0}
print(sq, sum(sq.values()), max(sq), min(sq, key=lambda k: -k))
copy = dict(sq)
copy[0] = "changed"
print(sq[0], copy[0], sq == copy, {1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2})
keys = list(sq)
for k in keys:
    if k > 1:
        del sq[k]
print(sq, d.copy() == d, d.popitem(), d)
d.clear()
print(d, bool(d), bool({0: 0}))
inv = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inv, repr({"q": "it's"}), str({1: [2, (3,)]}))
m = {}
m["a"] = m.get("a", [])
m["a"].append(1)
m.setdefault("b", []).append(2)
m.setdefault("b", []).append(3)
print(m)
