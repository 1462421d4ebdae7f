# Tuple hashes are CPython's (its xxHash-based tuplehash over the items' hashes), including
# nested tuples, floats and the -1 that a hash never is.
print(hash(()))
print(hash((1, 2)), hash((2, 1)))
print(hash((1.5, -3)), hash((-1,)), hash((-2,)))
print(hash(((1, 2), (3,), ())))
print(hash((True, False, 0, 1.0)))
print(hash((2**70, -2**65, 10**20)))
print(hash((1, 2)) == hash((1.0, 2.0)))
d = {(1, 2): "a", (1.0, 2.0): "b"}
print(d)
