# Huffman compression: build the tree with a sorted work list (deterministic tie-breaking), encode, decode.
class Leaf:
    def __init__(self, ch, w):
        self.ch = ch
        self.w = w
class Internal:
    def __init__(self, left, right):
        self.left = left
        self.right = right
        self.w = left.w + right.w
def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    work = [(w, i, Leaf(ch, w)) for i, (ch, w) in enumerate(sorted(freq.items()))]
    counter = len(work)
    while len(work) > 1:
        work.sort(key=lambda t: (t[0], t[1]))
        w1, _, a = work.pop(0)
        w2, _, b = work.pop(0)
        work.append((w1 + w2, counter, Internal(a, b)))
        counter += 1
    return work[0][2], freq
def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if isinstance(node, Leaf):
        table[node.ch] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table
def encode(text, table):
    return "".join(table[ch] for ch in text)
def decode(bits, root):
    out = []
    node = root
    if isinstance(root, Leaf):
        return root.ch * len(bits)
    for b in bits:
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.ch)
            node = root
    return "".join(out)
for text in ["abracadabra", "mississippi river", "aaaaaaa", "the quick brown fox jumps over the lazy dog"]:
    root, freq = build(text)
    table = codes(root)
    bits = encode(text, table)
    print(repr(text), len(bits), "bits vs", 8 * len(text), decode(bits, root) == text)
    print("   ", sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:6])
root, freq = build("abracadabra")
bits = encode("abracadabra", codes(root))
packed = []
for i in range(0, len(bits), 8):
    chunk = bits[i:i + 8].ljust(8, "0")
    packed.append(int(chunk, 2))
print(bits, packed, len(packed))
