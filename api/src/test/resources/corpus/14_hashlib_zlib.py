import hashlib
import zlib

# Digests of small and large inputs, through every entry point.
blocks = [b"", b"abc", b"hello world" * 10, bytes(range(256)) * 40]
for name in ["md5", "sha1", "sha256", "sha512"]:
    for data in blocks:
        a = hashlib.new(name, data).hexdigest()
        b = getattr(hashlib, name)(data).hexdigest()
        c = hashlib.new(name)
        for i in range(0, len(data), 1000):
            c.update(data[i:i + 1000])
        print(name, len(data), a, a == b == c.hexdigest())
    h = hashlib.new(name.upper(), data=b"x")
    print(h.name, h.digest_size, h.block_size, len(h.digest()), h.digest().hex() == h.hexdigest())

# copy forks the state; digest does not end it.
h = hashlib.sha256(b"prefix")
g = h.copy()
h.update(b"-one")
g.update(b"-two")
print(h.hexdigest())
print(g.hexdigest())
print(h.hexdigest() == hashlib.sha256(b"prefix-one").hexdigest())
h.update(b"more")
print(h.hexdigest() == hashlib.sha256(b"prefix-onemore").hexdigest())
print(hashlib.md5(string=b"abc").hexdigest())
print(type(h).__name__)

for bad in [lambda: hashlib.new("foo"), lambda: hashlib.md5("text"), lambda: hashlib.md5(3),
            lambda: hashlib.md5(data=b"x"), lambda: hashlib.md5().update()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# zlib: checksums, with and without a start value, and round trips.
big = b"".join(bytes([i % 251, (i * 7) % 256]) for i in range(20000))
for data in [b"", b"a", b"hello world", big]:
    print(len(data), zlib.crc32(data), zlib.adler32(data))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b"world", zlib.adler32(b"hello ")) == zlib.adler32(b"hello world"))
print(zlib.crc32(big[1000:], zlib.crc32(big[:1000])) == zlib.crc32(big))
print(zlib.adler32(big[7000:], zlib.adler32(big[:7000])) == zlib.adler32(big))
print(zlib.crc32(b"abc", 2 ** 33), zlib.crc32(b"abc", -1), zlib.adler32(b"abc", 12345))

text = b"the quick brown fox jumps over the lazy dog " * 200
for level in [-1, 0, 1, 6, 9]:
    c = zlib.compress(text, level)
    print(level, len(c), zlib.crc32(c), zlib.decompress(c) == text)
for wbits in [15, -15, 31]:
    c = zlib.compress(text, wbits=wbits)
    print(wbits, len(c), c[:4].hex(), zlib.crc32(c), zlib.decompress(c, wbits) == text)
print(zlib.decompress(zlib.compress(text, wbits=31), 47) == text)
print(zlib.decompress(zlib.compress(big)) == big, len(zlib.compress(big)))
print(zlib.compress(b"hello world" * 100).hex())
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)

for bad in [lambda: zlib.decompress(b"abc"), lambda: zlib.decompress(zlib.compress(b"abcdef")[:-3]),
            lambda: zlib.compress(b"x", 10), lambda: zlib.compress("x"), lambda: zlib.crc32("x"),
            lambda: zlib.decompress(zlib.compress(b"abc", wbits=31), 31)[:0] + zlib.decompress(b"\x1f\x8bxx", 31)]:
    try:
        bad()
    except (zlib.error, TypeError) as e:
        print(type(e).__name__, e)
