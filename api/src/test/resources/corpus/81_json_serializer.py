# A small JSON serializer and parser written by hand (no json module), round-tripping nested data.
class JSONError(Exception):
    pass
def dumps(v, indent=None, level=0):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        out = ['"']
        for ch in v:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32 or ord(ch) > 126:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(v, (list, tuple)):
        items = [dumps(x, indent, level + 1) for x in v]
        if indent is None or not items:
            return "[" + ", ".join(items) + "]"
        pad = " " * (indent * (level + 1))
        return "[\n" + ",\n".join(pad + i for i in items) + "\n" + " " * (indent * level) + "]"
    if isinstance(v, dict):
        items = [dumps(str(k)) + ": " + dumps(x, indent, level + 1) for k, x in v.items()]
        if indent is None or not items:
            return "{" + ", ".join(items) + "}"
        pad = " " * (indent * (level + 1))
        return "{\n" + ",\n".join(pad + i for i in items) + "\n" + " " * (indent * level) + "}"
    raise JSONError("cannot serialize " + type(v).__name__)
class Reader:
    def __init__(self, s):
        self.s = s
        self.i = 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t\r":
            self.i += 1
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise JSONError("unexpected end")
        c = self.s[self.i]
        if c == "{":
            self.i += 1
            d = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return d
            while True:
                self.ws()
                k = self.value()
                self.ws()
                self.expect(":")
                d[k] = self.value()
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    continue
                self.expect("}")
                return d
        if c == "[":
            self.i += 1
            lst = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return lst
            while True:
                lst.append(self.value())
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    continue
                self.expect("]")
                return lst
        if c == '"':
            self.i += 1
            out = []
            while self.s[self.i] != '"':
                ch = self.s[self.i]
                if ch == "\\":
                    nxt = self.s[self.i + 1]
                    if nxt == "u":
                        out.append(chr(int(self.s[self.i + 2:self.i + 6], 16)))
                        self.i += 6
                        continue
                    out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}[nxt])
                    self.i += 2
                    continue
                out.append(ch)
                self.i += 1
            self.i += 1
            return "".join(out)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s[self.i:self.i + len(word)] == word:
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eE":
            j += 1
        tok = self.s[self.i:j]
        if not tok:
            raise JSONError("unexpected character %r at %d" % (c, self.i))
        self.i = j
        return float(tok) if any(ch in tok for ch in ".eE") else int(tok)
    def expect(self, ch):
        if self.i >= len(self.s) or self.s[self.i] != ch:
            raise JSONError("expected %r at %d" % (ch, self.i))
        self.i += 1
def loads(s):
    r = Reader(s)
    v = r.value()
    r.ws()
    if r.i != len(s):
        raise JSONError("trailing data at %d" % r.i)
    return v
data = {"name": "gillab", "version": [1, 2, 3], "ratio": 0.1 + 0.2, "big": 2 ** 70, "neg": -1.5e-7,
        "flags": {"fast": True, "safe": False, "extra": None}, "text": 'quote " and \\ and\nnewline \u00e9',
        "empty": {}, "nested": [[], [{}], [1, [2, [3]]]]}
s = dumps(data)
print(s)
print(dumps(data, indent=2))
back = loads(s)
print(back == data, back["big"] + 1, back["text"] == data["text"], type(back["ratio"]).__name__)
for bad in ['{"a": 1', "[1, 2,, 3]", '{"a" 1}', "[1] x", "@"]:
    try:
        loads(bad)
    except (JSONError, IndexError) as e:
        print(type(e).__name__, e if isinstance(e, JSONError) else "")
try:
    dumps({"s": {1, 2}})
except JSONError as e:
    print("JSONError:", e)
