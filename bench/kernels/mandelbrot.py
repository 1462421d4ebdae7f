# Mandelbrot set: escape-time iteration on plain floats (no complex numbers), over a W x H grid.
W = 720
H = 540
MAX_ITER = 200
def mandelbrot(w, h, max_iter):
    inside = 0
    total = 0
    for py in range(h):
        ci = py * 2.4 / h - 1.2
        for px in range(w):
            cr = px * 3.2 / w - 2.2
            zr = 0.0
            zi = 0.0
            n = 0
            while n < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            if n == max_iter:
                inside += 1
            total += n
    return inside, total
inside, total = mandelbrot(W, H, MAX_ITER)
print("inside", inside, "iterations", total)
