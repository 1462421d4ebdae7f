# A tiny tokenizer for an expression language, plus a token-stream pretty printer.
KEYWORDS = {"let", "if", "then", "else", "fn", "while", "return"}
class Token:
    def __init__(self, kind, text, line, col):
        self.kind = kind
        self.text = text
        self.line = line
        self.col = col
    def __repr__(self):
        return "%s(%r)@%d:%d" % (self.kind, self.text, self.line, self.col)
class LexError(Exception):
    pass
def tokenize(src):
    tokens = []
    i = 0
    line = 1
    col = 1
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == "\n":
            line += 1
            col = 1
            i += 1
            continue
        if ch in " \t":
            i += 1
            col += 1
            continue
        if ch == "#":
            while i < n and src[i] != "\n":
                i += 1
            continue
        start = i
        scol = col
        if ch.isdigit():
            while i < n and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            kind = "FLOAT" if "." in text else "INT"
        elif ch.isalpha() or ch == "_":
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            text = src[start:i]
            kind = "KW" if text in KEYWORDS else "NAME"
        elif ch == '"':
            i += 1
            while i < n and src[i] != '"':
                if src[i] == "\n":
                    raise LexError("newline in string at %d:%d" % (line, scol))
                i += 1
            if i >= n:
                raise LexError("unterminated string at %d:%d" % (line, scol))
            i += 1
            text = src[start:i]
            kind = "STR"
        elif src[i:i + 2] in ("==", "!=", "<=", ">=", "->", "**"):
            i += 2
            text = src[start:i]
            kind = "OP"
        elif ch in "+-*/%()=<>,;{}":
            i += 1
            text = ch
            kind = "OP"
        else:
            raise LexError("unexpected character %r at %d:%d" % (ch, line, col))
        col += i - start
        tokens.append(Token(kind, text, line, scol))
    tokens.append(Token("EOF", "", line, col))
    return tokens
program = '''let x = 42
let y = x ** 2 + 3.5 # comment here
fn add(a, b) -> a + b
if x >= 10 then print("big") else print("small")
while_loop = x != y;'''
toks = tokenize(program)
for t in toks:
    print(t)
counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(sorted(counts.items()))
for bad in ['let s = "open', "x = 1 $ 2", 'a = "multi\nline"']:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
print(" ".join(t.text for t in tokenize("f(1,2)+g(x)*-3")[:-1]))
