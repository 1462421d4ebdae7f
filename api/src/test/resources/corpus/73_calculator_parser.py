# Recursive-descent parser and evaluator for arithmetic with variables, functions and errors.
import math
class ParseError(Exception):
    pass
class Parser:
    def __init__(self, text):
        self.toks = self.lex(text)
        self.pos = 0
    def lex(self, text):
        toks = []
        i = 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isdigit() or c == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                s = text[i:j]
                toks.append(("num", float(s) if "." in s else int(s)))
                i = j
            elif c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                toks.append(("id", text[i:j]))
                i = j
            elif c in "+-*/%^(),=":
                toks.append(("op", c))
                i += 1
            else:
                raise ParseError("bad character %r at %d" % (c, i))
        toks.append(("eof", None))
        return toks
    def peek(self):
        return self.toks[self.pos]
    def take(self, kind=None, val=None):
        t = self.toks[self.pos]
        if (kind and t[0] != kind) or (val is not None and t[1] != val):
            raise ParseError("expected %s but found %r" % (val or kind, t[1]))
        self.pos += 1
        return t
    def statement(self):
        if self.toks[self.pos][0] == "id" and self.toks[self.pos + 1] == ("op", "="):
            name = self.take("id")[1]
            self.take("op", "=")
            node = ("assign", name, self.expr())
        else:
            node = self.expr()
        self.take("eof")
        return node
    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            node = (op, node, self.unary())
        return node
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.take()
            return ("^", base, self.unary())
        return base
    def atom(self):
        t = self.peek()
        if t[0] == "num":
            self.take()
            return ("num", t[1])
        if t[0] == "id":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expr())
                    while self.peek() == ("op", ","):
                        self.take()
                        args.append(self.expr())
                self.take("op", ")")
                return ("call", t[1], args)
            return ("var", t[1])
        if t == ("op", "("):
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError("unexpected %r" % (t[1],))
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "gcd": math.gcd}
def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError("undefined variable " + node[1])
        return env[node[1]]
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    a = evaluate(node[1], env)
    b = evaluate(node[2], env)
    if kind == "+":
        return a + b
    if kind == "-":
        return a - b
    if kind == "*":
        return a * b
    if kind == "/":
        return a / b
    if kind == "%":
        return a % b
    return a ** b
env = {"pi": 3.14159}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10", "y = x * 2 + 1", "y % 7",
         "sqrt(16) + max(1, y, 3)", "gcd(48, 180) * -x", "2 ^ 100", "7 / 2", "1.5 * 4", "z + 1",
         "(1 + 2", "3 $ 4", "1 / 0", "max()", "10 - 4 - 3", "2 * (3 + 4) * 5 - -1"]
for ln in lines:
    try:
        print("%-24s => %r" % (ln, evaluate(Parser(ln).statement(), env)))
    except ParseError as e:
        print("%-24s => ParseError: %s" % (ln, e))
    except ZeroDivisionError as e:
        print("%-24s => ZeroDivisionError: %s" % (ln, e))
    except NameError as e:
        print("%-24s => NameError: %s" % (ln, e))
    except (TypeError, ValueError) as e:
        print("%-24s => %s" % (ln, type(e).__name__))
print(sorted(env.items()))
print(Parser("a = (1 + b) * -c ^ 2").statement())
