# f-strings with conversions and format specs.
x = 3.14159265
n = 1234567
s = "hi"
name = "Ada"
print(f"{x:.3f} {x:.0f} {x:10.2f}| {x:<10.1f}| {x:08.2f} {-x:08.2f} {x:+.2f}")
print(f"{n:,} {n:x} {n:X} {n:b} {n:o} {n:10d}| {n:<10}| {n:^11}| {n:010d} {-n:,}")
print(f"{s:^9}| {s:>10}| {s:<6}| {s:*^8} {s:->5} {s!r} {s!s} {name!r:>8}")
print(f"{name} is {len(name)} chars, {2 + 3 * 4} total, {[1, 2][1]} {{literal}}")
print(f"{'nested'} {x!r} {None} {True} {[1, 'a']} {(1,)} {{}} {{{n}}}")
print(f"{0.1 + 0.2} {1e16} {1e-7:.2e} {12345.6789:e} {0.000123:g} {123456789.0:g} {1.5:g} {100000:g}")
print(f"{7:3}|{7:<3}|{7:^3}|{-7:3}|{7:+}|{'a':3}|{3.5:6}|")
print(f"{1234.5:,.2f} {255:02X} {5:08b} {-3:x} {0:,} {999:,} {1000:,}")
width = 8
prec = 3
print(f"{x:{width}.{prec}f}| {s:>{width}}|")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for it, price, qty in items:
    print(f"{it:<12}{price:>6.2f}{qty:>4}{price * qty:>8.2f}")
print(f"{'a' + 'b'} {'x' * 3} {len('abc')} {max(1, 2)} {x > 3}")
d = {"k": 5}
print(f"{d['k']} {d} {s.upper()} {n // 1000}")
print(f"""triple {n}
second line""", f'{s}' f"{s}")
print(f"{-0.0} {float('inf')} {float('nan')} {2 ** 64} {-(2 ** 70):,}")
print(f"{3:05} {-3:05} {3.0:05} {'z':05}")
