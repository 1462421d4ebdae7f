# Word frequency counting with dicts, sorting by count then word, n-grams.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""
def normalize(text):
    out = []
    for ch in text.lower():
        if ch.isalpha() or ch == " " or ch == "\n":
            out.append(ch)
        else:
            out.append(" ")
    return "".join(out).split()
words = normalize(TEXT)
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in top[:8]:
    print("%-8s %3d %s" % (w, n, "#" * n))
print([w for w, n in freq.items() if n == 1])
first_seen = list(freq)
print(first_seen[:10])
bigrams = {}
for a, b in zip(words, words[1:]):
    key = a + " " + b
    bigrams[key] = bigrams.get(key, 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
by_len = {}
for w in sorted(freq):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, by_len[k])
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))), sum(letters.values()))
