# bytes literals, indexing, slicing, decode/encode, join, membership.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], b[6:], type(b[0]).__name__)
print(b == b"hello world", b == b"other", b"wor" in b, b"xyz" in b, b != b"")
print(b.decode(), b.decode("utf-8"), "caf\u00e9".encode(), b"caf\xc3\xa9".decode())
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b"\x00\xff\n\t", b"q'", b'd"', b"\\")
print(list(b"AZaz09"), sum(b"abc"), [c for c in b"\x01\x02\x03"], b"ab" + b"cd", b"x" * 3)
e = "\u20ac".encode()
print(e, len(e), e[0], e[1], e[2], e.decode())
print(repr(b""), repr(b"a'b"), str(b"z"), b"abc" < b"abd", b"abc"[1:2])
total = 0
for byte in b"checksum":
    total = (total * 31 + byte) % 65521
print("checksum", total)
