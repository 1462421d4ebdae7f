# String building: concatenation in a loop, str.join over a list, %-formatting, str.format and f-strings.
LINES = 150000
LOOPS = 6
def build(n):
    rows = []
    for i in range(n):
        s = "row"
        s += str(i)
        s += ":"
        rows.append(s + " %5d|%-6s|%.2f" % (i, "x" * (i % 6), i / 7))
        rows.append("{0:>8}/{1:<4}".format(i * 3, i % 97))
        rows.append(f"{i:08x}-{i % 13:02d}")
    return "\n".join(rows)
def main():
    checksum = 0
    for _ in range(LOOPS):
        text = build(LINES)
        for ch in text[::997]:
            checksum = (checksum * 31 + ord(ch)) % 1000000007
    print("length", len(text), "lines", text.count("\n") + 1, "checksum", checksum)
    print(text[:40].replace("\n", " | "))
main()
