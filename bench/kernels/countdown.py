# Beazley's countdown loop: one call of count(N).
N = 70000000
def count(n):
    while n > 0:
        n -= 1
    return n
r = count(N)
print("done", r, N)
