# Supported escapes: \n \t \\ \' \" \r \0 \xNN \uNNNN, plus raw-ish content checks via len/ord.
s = "a\nb\tc\\d\'e\"f\rg\0h\x41\u00e9\u4e2d"
print(len(s), [ord(c) for c in s])
print(repr(s))
print("tab:[\t] nl-count:", "x\ny\nz".count("\n"), "cr:", repr("\r\n"))
print('single \'quoted\' and "double"', "double \"quoted\" and 'single'")
print("\x48\x65\x6c\x6c\x6f", "\u0048\u0069", "\x7e\x20\x21")
print("multi\
line continuation")
print("""triple with "quotes" and 'apostrophes' and \t tab""")
print(len("\\n"), len("\n"), "\\n" == "\\" + "n", "\0" == chr(0), "\x00" == "\0")
b = b"\x00\x01\t\n\\\'\""
print(len(b), list(b), repr(b))
print("emoji-free unicode: \u03b1\u03b2\u03b3", len("\u03b1\u03b2\u03b3"), "\u03b1\u03b2\u03b3".upper())
print(repr("\x07\x08\x0b\x0c"), repr("\u200b"), repr("\xa0"), repr("\xff"))
