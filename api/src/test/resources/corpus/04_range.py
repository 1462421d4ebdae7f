# range objects.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], 7 in r, 8 in r, 27 in r, 31 in r, r.index(11))
print(len(range(0)), len(range(-5, 5)), len(range(10, -10, -3)), list(range(-3, 3)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5), reverse=True))
print(range(4), range(1, 5), range(0, 9, 2), range(5) == range(0, 5), list(reversed(range(4))))
total = 0
for i in range(1000000, 1000005):
    total += i
print(total, range(2 ** 70)[-1], 2 ** 69 in range(2 ** 70), range(0, 2 ** 70, 7)[3])
for i in range(3):
    for j in range(i):
        print(i, j, end=" | ")
print()
print(list(range(0, -10, -3)), list(range(1, 2, 5)), bool(range(0)), bool(range(1)))
