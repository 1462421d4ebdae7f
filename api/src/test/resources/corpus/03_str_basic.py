# String indexing, slicing, concatenation, repetition, comparison, membership.
s = "Hello, World"
print(s[0], s[4], s[-1], s[-5], len(s), len(""))
print(s[0:5], s[7:], s[:5], s[-5:], s[:], s[3:3], s[5:2])
print(s[::2], s[1::3], s[::-1], s[-1:-6:-1], s[10:2:-2], s[100:], s[-100:3])
print(s[2:-2], s[-3:-1], s[::-3], s[:-100], s[1:100:4])
print(s + "!", s * 2, 3 * "ab", "x" * 0, "y" * -2)
print("World" in s, "world" in s, "" in s, "lo, W" in s, "z" not in s)
print("abc" < "abd", "abc" < "ab", "B" < "a", "abc" == "abc", "a" != "a", "Zebra" > "Apple")
print(sorted(["pear", "Apple", "apple", "banana", "Banana", "cherry"]))
print(str(42), str(3.5), str(True), str(None), str([1, "a"]), repr("it's"), repr('say "hi"'))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"), repr("\x00\x1f\x7f"), repr("é"))
print(repr('both \' and "'), repr(""), repr("\r"), len("\u00e9\u4e2d"), "\u4e2d\u6587")
print(ord("A"), ord("a"), ord("\n"), ord("\u20ac"), chr(65), chr(97), chr(8364), chr(0x4e2d))
t = ""
for ch in "abc":
    t = ch + t
print(t, "".join(reversed("stressed")))
for i, ch in enumerate("hey"):
    print(i, ch, end="; ")
print()
print("a" "b" "c", 'single', "double", """triple
quoted""", '''also
triple''')
print("esc: \\ \' \" \t| \x41\x42 \u0043 end", "nul[\0]".replace("\0", "0"))
long_s = "abc" * 1000
print(len(long_s), long_s.count("abc"), long_s[2997:])
print(min("hello"), max("hello"), sorted("hello"), list("abc"), tuple("xy"))
print("-".join(str(i) for i in range(5)), str(1) + str(2), int("1" + "0" * 20))
