# Generator pipeline: parse log lines, filter, transform, aggregate lazily.
LOG = """2026-01-01 10:00:01 INFO  user=alice action=login ms=12
2026-01-01 10:00:05 WARN  user=bob action=upload ms=340
2026-01-01 10:01:00 ERROR user=alice action=upload ms=1200
2026-01-01 10:02:30 INFO  user=carol action=login ms=8
bad line without fields
2026-01-01 10:03:00 INFO  user=bob action=logout ms=3
2026-01-01 10:04:10 ERROR user=carol action=download ms=900
2026-01-01 10:05:00 INFO  user=alice action=download ms=450
"""
def lines(text):
    for ln in text.splitlines():
        yield ln
def parse(src):
    for ln in src:
        parts = ln.split()
        if len(parts) < 6:
            continue
        rec = {"date": parts[0], "time": parts[1], "level": parts[2]}
        for kv in parts[3:]:
            k, _, v = kv.partition("=")
            rec[k] = int(v) if v.isdigit() else v
        yield rec
def where(src, pred):
    for r in src:
        if pred(r):
            yield r
def select(src, *fields):
    for r in src:
        yield tuple(r[f] for f in fields)
def running_total(src):
    total = 0
    for user, ms in src:
        total += ms
        yield user, ms, total
recs = list(parse(lines(LOG)))
print(len(recs), recs[0])
for row in running_total(select(where(parse(lines(LOG)), lambda r: r["ms"] > 10), "user", "ms")):
    print(row)
errors = [r["user"] for r in parse(lines(LOG)) if r["level"] == "ERROR"]
print(errors)
per_user = {}
for user, ms in select(parse(lines(LOG)), "user", "ms"):
    per_user.setdefault(user, []).append(ms)
print({u: (len(v), sum(v), max(v)) for u, v in per_user.items()})
def chunked(src, n):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunked(range(10), 3)), [sum(c) for c in chunked((x * x for x in range(10)), 4)])
def numbers():
    n = 1
    while True:
        yield n
        n += 1
squares = (n * n for n in numbers())
odd_squares = (s for s in squares if s % 2)
first = []
for s in odd_squares:
    if s > 500:
        break
    first.append(s)
print(first)
stage = map(lambda r: r["action"], parse(lines(LOG)))
print(sorted(set(stage)), sum(1 for _ in where(parse(lines(LOG)), lambda r: r["user"] == "alice")))
