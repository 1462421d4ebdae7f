# str.format with positional, keyword, indexed fields and specs.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=30), "{0} {k}".format(1, k=2))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "m"))
print("{:.2f} {:8.3f} {:,} {:x} {:b} {:08.3f} {:+d}".format(3.14159, 2.5, 1000000, 255, 5, -1.5, 7))
print("{0:.1f} {0:.3e} {0!r} {1!s} {1!r}".format(0.5, "s"))
print("{{}} {{{0}}}".format("braced"))
fmt = "{:<10}{:>5}"
for a, b in [("one", 1), ("three", 3), ("eleven", 11)]:
    print(fmt.format(a, b))
print("{:d}".format(2 ** 70), "{:,}".format(-(10 ** 12)), "{:.0f}".format(2.5), "{:.0f}".format(3.5))
print("{a}-{b}-{a}".format(a=1, b=2), "{}".format(None), "{}".format([1, (2, 3)]))
