# Tuple/list unpacking, nested and starred; chained assignment.
a, b = 1, 2
[c, d] = [3, 4]
(e, f), g = (5, 6), 7
print(a, b, c, d, e, f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
h, *mid, t = range(6)
print(h, mid, t)
x, *empty, y = (1, 2)
print(x, empty, y)
(p, q), [r, (s, u)] = "ab", [1, (2, 3)]
print(p, q, r, s, u)
m = n = o = 0
m += 1
print(m, n, o)
l1 = l2 = []
l1.append("shared")
print(l1, l2, l1 is l2)
pairs = [(1, "one"), (2, "two")]
for num, (first_ch, *others) in pairs:
    print(num, first_ch, others)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
a, b, c = "xyz"
print(c, b, a)
matrix = [[1, 2, 3], [4, 5, 6]]
(r1c1, *r1rest), r2 = matrix
print(r1c1, r1rest, r2)
lst = [0, 0, 0]
lst[0], lst[2] = 7, 9
print(lst)
class Box:
    pass
bx = Box()
bx.w, bx.h = 3, 4
print(bx.w * bx.h)
i, lst[i] = 1, "set"
print(i, lst)
a = b = c = [1, 2]
a, b = b, [3]
print(a, b, c, a is c)
head, *tail = [42]
print(head, tail)
*all_of_it, = (1, 2, 3)
print(all_of_it)
x1, (y1, *z1) = 0, range(4)
print(x1, y1, z1)
