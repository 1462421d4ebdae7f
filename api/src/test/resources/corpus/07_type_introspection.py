# type(), isinstance with tuples, __class__.__name__, getattr/setattr/hasattr, object().
values = [1, 2.0, "s", b"b", True, None, [1], (1,), {1: 2}, {1}, range(2), object(), lambda: 0]
for v in values:
    print(type(v).__name__, v.__class__.__name__ == type(v).__name__)
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float)), isinstance("x", (int, str)))
print(type(1) is int, type(1) == int, type(True) is int, type([]) is list, type({}) is dict, type(()) is tuple)
print(isinstance(3, object), isinstance(None, object), isinstance([], (list, tuple)), isinstance((), (list, tuple)))
print(type(None).__name__, type(type(1)).__name__, type(int).__name__)
class A:
    label = "A"
class B(A):
    pass
b = B()
print(type(b).__name__, b.__class__.__name__, isinstance(b, A), type(b) is A, type(b) is B, b.label)
print(getattr(b, "label"), getattr(b, "missing", None), hasattr(b, "label"), hasattr(B, "label"))
setattr(b, "label", "instance")
print(b.label, A.label, getattr(A, "label"))
for name in ["alpha", "beta"]:
    setattr(b, name, name.upper())
print(b.alpha, b.beta, [getattr(b, n) for n in ("alpha", "beta", "label")])
print(int("7") + int(7.9), str(7) + "7", float(7), bool("False"), list((1, 2)), tuple([1]), dict([(1, 2)]), set([1, 1]) == {1})
print(callable(len), callable("s"), callable(A), callable(b), callable(lambda: 1))
o = object()
print(o == o, o is o, o != object(), type(o).__name__)
conv = [int, float, str, bool]
print([c("1") for c in conv], [type(c("0")).__name__ for c in conv])
def f():
    pass
print(type(f).__name__, type(A).__name__, type(A()).__name__, A().__class__.__name__)
