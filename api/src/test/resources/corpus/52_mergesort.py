# Merge sort (top-down, bottom-up), stability check and inversion counting.
def merge(a, b, key):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if key(b[j]) < key(a[i]):
            out.append(b[j])
            j += 1
        else:
            out.append(a[i])
            i += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out
def merge_sort(xs, key=lambda v: v):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid], key), merge_sort(xs[mid:], key), key)
def bottom_up(xs):
    xs = list(xs)
    width = 1
    while width < len(xs):
        out = []
        for lo in range(0, len(xs), 2 * width):
            out.extend(merge(xs[lo:lo + width], xs[lo + width:lo + 2 * width], lambda v: v))
        xs = out
        width *= 2
    return xs
def count_inversions(xs):
    if len(xs) <= 1:
        return list(xs), 0
    mid = len(xs) // 2
    left, a = count_inversions(xs[:mid])
    right, b = count_inversions(xs[mid:])
    merged = []
    inv = a + b
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            merged.append(right[j])
            inv += len(left) - i
            j += 1
        else:
            merged.append(left[i])
            i += 1
    merged += left[i:] + right[j:]
    return merged, inv
seed = 7
data = []
for _ in range(2000):
    seed = (seed * 48271) % 2147483647
    data.append(seed % 1000 - 500)
s = merge_sort(data)
print(s[:10], s[-10:], s == sorted(data), bottom_up(data) == s)
print(count_inversions([3, 1, 2])[1], count_inversions(list(range(10, 0, -1)))[1], count_inversions(data)[1])
recs = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 3), ("f", 2)]
print(merge_sort(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1]) == merge_sort(recs, key=lambda r: r[1]))
print(merge_sort("mergesort"), bottom_up([5, 4, 3, 2, 1, 0]), merge_sort([]), bottom_up([1]))
