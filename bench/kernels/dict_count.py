# Word and character counts in dicts over a generated text (a fixed linear congruential generator,
# so the text is the same on every interpreter).
WORDS = 300000
LOOPS = 10
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "de", "pa", "zu", "ge"]
def make_text(n):
    seed = 12345
    words = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        k = 1 + (seed >> 16) % 3
        w = ""
        for _ in range(k):
            seed = (seed * 1103515245 + 12345) % 2147483648
            w += SYLLABLES[(seed >> 16) % len(SYLLABLES)]
        words.append(w)
    return " ".join(words)
def count_words(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts
def count_chars(text):
    counts = {}
    for c in text:
        if c in counts:
            counts[c] += 1
        else:
            counts[c] = 1
    return counts
text = make_text(WORDS)
for _ in range(LOOPS):
    words = count_words(text)
    chars = count_chars(text)
top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("distinct words", len(words), "top", top)
print("chars", sorted(chars.items()))
