# LRU cache using dict insertion order (delete and re-insert to refresh), with hit/miss statistics.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = 0
        self.misses = 0
        self.evicted = []
    def get(self, key, default=None):
        if key in self.data:
            value = self.data[key]
            del self.data[key]
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            self.evicted.append(oldest)
            del self.data[oldest]
        self.data[key] = value
    def keys(self):
        return list(self.data)
    def __len__(self):
        return len(self.data)
c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c.keys(), c.get("a"), c.keys())
c.put("d", "D")
print(c.keys(), c.evicted, c.get("b"), c.get("c"))
c.put("a", "A2")
c.put("e", "E")
print(c.keys(), c.evicted, len(c), c.hits, c.misses)
def memoize(fn, capacity):
    cache = LRUCache(capacity)
    def wrapper(n):
        sentinel = cache
        v = cache.get(n, sentinel)
        if v is sentinel:
            v = fn(n)
            cache.put(n, v)
        return v
    return wrapper, cache
def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib, big_cache = memoize(slow_fib, 200)
print(fib(150), big_cache.hits, big_cache.misses, len(big_cache))
fib, small_cache = memoize(slow_fib, 2)
print(fib(25), small_cache.hits, small_cache.misses, small_cache.keys())
order = {}
for k in ["x", "y", "z"]:
    order[k] = len(order)
order["x"] = 99
print(list(order.items()))
del order["x"]
order["x"] = 100
print(list(order.items()))
