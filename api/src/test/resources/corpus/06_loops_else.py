# while/for with break, continue and else clauses.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([4, 5, 6], 5)
find([4, 5, 6], 9)
find([], 1)
n = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("odd", n)
else:
    print("while finished without break")
print("n =", n)
k = 0
while k < 3:
    k += 1
else:
    print("while else ran, k =", k)
primes = []
for cand in range(2, 40):
    for d in range(2, cand):
        if cand % d == 0:
            break
    else:
        primes.append(cand)
print(primes)
total = 0
for i in range(10):
    if i == 3:
        continue
    for j in range(10):
        if j > i:
            break
        if (i + j) % 4 == 0:
            continue
        total += i * j
print("total", total)
count = 0
while True:
    count += 1
    if count >= 1000:
        break
print(count)
for ch in "abc":
    pass
print("last ch", ch)
for i in range(3):
    print("outer", i)
    j = 0
    while j < 5:
        j += 1
        if j == 2:
            continue
        if j == 4:
            break
        print("  inner", j)
    else:
        print("  never printed")
it = 10
while it:
    it -= 3 if it > 3 else it
print("it", it)
for x in []:
    print("never")
else:
    print("empty for-else")
