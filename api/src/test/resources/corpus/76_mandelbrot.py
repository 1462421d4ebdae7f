# Mandelbrot set rendered as ASCII art with escape-time iteration (pure float arithmetic).
def escape(cr, ci, limit):
    zr = zi = 0.0
    for i in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit
W, H, LIMIT = 64, 24, 60
chars = " .:-=+*#%@"
total = 0
rows = []
for y in range(H):
    ci = -1.2 + 2.4 * y / (H - 1)
    row = []
    for x in range(W):
        cr = -2.1 + 2.8 * x / (W - 1)
        n = escape(cr, ci, LIMIT)
        total += n
        row.append("@" if n == LIMIT else chars[n % (len(chars) - 1)])
    rows.append("".join(row).rstrip())
print("\n".join(rows))
print("total iterations:", total)
inside = sum(1 for y in range(40) for x in range(40) if escape(-2.0 + 2.5 * x / 39, -1.25 + 2.5 * y / 39, 100) == 100)
print("inside points on 40x40 grid:", inside)
