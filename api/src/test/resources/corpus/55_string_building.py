# String building: join vs +=, repetition, reversal, formatting tables, run-length encoding.
parts = []
for i in range(200):
    parts.append(str(i * i))
joined = ",".join(parts)
acc = ""
for p in parts:
    if acc:
        acc += ","
    acc += p
print(len(joined), joined == acc, joined[:40], joined[-20:])
def rle(s):
    if not s:
        return ""
    out = []
    cur = s[0]
    n = 1
    for ch in s[1:]:
        if ch == cur:
            n += 1
        else:
            out.append(str(n) + cur)
            cur = ch
            n = 1
    out.append(str(n) + cur)
    return "".join(out)
def unrle(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for text in ["aaabccddddde", "abc", "", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "aabbaa"]:
    enc = rle(text)
    print(repr(text), enc, unrle(enc) == text)
table = []
header = "| %-10s | %8s | %6s |" % ("name", "value", "pct")
table.append(header)
table.append("-" * len(header))
rows = [("alpha", 1234.5, 0.123), ("beta", 7.25, 0.5), ("gamma-long", 100000.0, 1.0)]
for name, value, pct in rows:
    table.append("| %-10s | %8.2f | %5.1f%% |" % (name, value, pct * 100))
print("\n".join(table))
def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! The Quick Brown Fox."
enc = caesar(msg, 13)
print(enc, caesar(enc, 13) == msg, caesar(msg, -3))
pyramid = "\n".join(" " * (5 - i) + "*" * (2 * i - 1) for i in range(1, 6))
print(pyramid)
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(w[::-1] for w in words), " ".join(reversed(words)), "".join(w[0].upper() for w in words))
def wrap(text, width):
    lines = []
    line = ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = line + " " + w if line else w
    if line:
        lines.append(line)
    return lines
lorem = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua"
for ln in wrap(lorem, 28):
    print("[" + ln.ljust(28) + "]")
print("".join(chr(ord("a") + i % 26) for i in range(60)), "ab" * 3 + "c" * 2)
