# Heapsort (in place, sift-down), priority queue of tasks, k smallest, running median with two heaps.
def sift_down(a, start, end, key):
    root = start
    while True:
        child = 2 * root + 1
        if child > end:
            return
        if child + 1 <= end and key(a[child]) < key(a[child + 1]):
            child += 1
        if key(a[root]) < key(a[child]):
            a[root], a[child] = a[child], a[root]
            root = child
        else:
            return
def heapsort(a, key=lambda v: v):
    n = len(a)
    for start in range((n - 2) // 2, -1, -1):
        sift_down(a, start, n - 1, key)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift_down(a, 0, end - 1, key)
    return a
vals = [(i * 7919) % 1009 - 500 for i in range(500)]
s = heapsort(vals[:])
print(s[:8], s[-8:], s == sorted(vals))
print(heapsort(list("heapsort")), heapsort([]), heapsort([1]), heapsort([2.5, -1.0, 2.5, 0.0]))
print(heapsort([("b", 2), ("a", 3), ("c", 1)], key=lambda p: p[1]))
class PQ:
    def __init__(self):
        self.h = []
        self.counter = 0
    def push(self, prio, item):
        self.h.append((prio, self.counter, item))
        self.counter += 1
        i = len(self.h) - 1
        while i and self.h[(i - 1) // 2] > self.h[i]:
            p = (i - 1) // 2
            self.h[p], self.h[i] = self.h[i], self.h[p]
            i = p
    def pop(self):
        h = self.h
        h[0], h[-1] = h[-1], h[0]
        top = h.pop()
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(h) and h[l] < h[m]:
                m = l
            if r < len(h) and h[r] < h[m]:
                m = r
            if m == i:
                break
            h[m], h[i] = h[i], h[m]
            i = m
        return top[0], top[2]
    def __bool__(self):
        return bool(self.h)
pq = PQ()
for prio, task in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship"), (2, "test")]:
    pq.push(prio, task)
out = []
while pq:
    out.append(pq.pop())
print(out)
class MaxHeapOfNeg(PQ):
    def push(self, prio, item):
        super().push(-prio, item)
    def pop(self):
        p, it = super().pop()
        return -p, it
lo = MaxHeapOfNeg()
hi = PQ()
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    if not lo or x <= lo.h[0][0] * -1:
        lo.push(x, x)
    else:
        hi.push(x, x)
    if len(lo.h) > len(hi.h) + 1:
        p, v = lo.pop()
        hi.push(p, v)
    elif len(hi.h) > len(lo.h):
        p, v = hi.pop()
        lo.push(p, v)
    if len(lo.h) == len(hi.h):
        medians.append((-lo.h[0][0] + hi.h[0][0]) / 2)
    else:
        medians.append(-lo.h[0][0])
print(medians)
