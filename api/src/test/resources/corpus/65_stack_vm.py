# A tiny stack-based virtual machine with a compiler from an expression AST, and a bytecode loop.
PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, MOD, LT, JMP, JZ, PRINT, HALT, DUP, CALL, RET = range(16)
NAMES = ["PUSH", "LOAD", "STORE", "ADD", "SUB", "MUL", "DIV", "MOD", "LT", "JMP", "JZ", "PRINT", "HALT", "DUP", "CALL", "RET"]
class VMError(Exception):
    pass
class VM:
    def __init__(self, code):
        self.code = code
        self.stack = []
        self.vars = {}
        self.out = []
        self.steps = 0
        self.frames = []
    def run(self, limit=100000):
        pc = 0
        code = self.code
        st = self.stack
        while True:
            self.steps += 1
            if self.steps > limit:
                raise VMError("step limit exceeded")
            op, arg = code[pc]
            pc += 1
            if op == PUSH:
                st.append(arg)
            elif op == LOAD:
                if arg not in self.vars:
                    raise VMError("undefined variable " + arg)
                st.append(self.vars[arg])
            elif op == STORE:
                self.vars[arg] = st.pop()
            elif op in (ADD, SUB, MUL, DIV, MOD, LT):
                b = st.pop()
                a = st.pop()
                if op == ADD:
                    st.append(a + b)
                elif op == SUB:
                    st.append(a - b)
                elif op == MUL:
                    st.append(a * b)
                elif op == DIV:
                    if b == 0:
                        raise VMError("division by zero at pc %d" % (pc - 1))
                    st.append(a // b)
                elif op == MOD:
                    st.append(a % b)
                else:
                    st.append(1 if a < b else 0)
            elif op == JMP:
                pc = arg
            elif op == JZ:
                if st.pop() == 0:
                    pc = arg
            elif op == DUP:
                st.append(st[-1])
            elif op == PRINT:
                self.out.append(st.pop())
            elif op == CALL:
                self.frames.append(pc)
                pc = arg
            elif op == RET:
                pc = self.frames.pop()
            elif op == HALT:
                return self.out
def compile_expr(node, code):
    if isinstance(node, int):
        code.append((PUSH, node))
    elif isinstance(node, str):
        code.append((LOAD, node))
    else:
        op, left, right = node
        compile_expr(left, code)
        compile_expr(right, code)
        code.append(({"+": ADD, "-": SUB, "*": MUL, "/": DIV, "%": MOD, "<": LT}[op], None))
    return code
def disasm(code):
    return "; ".join(NAMES[op] + ("" if arg is None else " " + str(arg)) for op, arg in code)
expr = ("+", ("*", 3, "x"), ("-", ("/", "y", 2), ("%", "y", 5)))
code = compile_expr(expr, [(PUSH, 7), (STORE, "x"), (PUSH, 23), (STORE, "y")])
code += [(PRINT, None), (HALT, None)]
print(disasm(code))
print(VM(code).run())
# sum of 1..n and factorial with a loop, collatz steps with a subroutine
loop = [(PUSH, 0), (STORE, "s"), (PUSH, 1), (STORE, "i"),
        (LOAD, "i"), (PUSH, 101), (LT, None), (JZ, 17),
        (LOAD, "s"), (LOAD, "i"), (ADD, None), (STORE, "s"),
        (LOAD, "i"), (PUSH, 1), (ADD, None), (STORE, "i"), (JMP, 4),
        (LOAD, "s"), (PRINT, None), (HALT, None)]
vm = VM(loop)
print(vm.run(), vm.steps, vm.vars)
fact = [(PUSH, 1), (STORE, "f"), (PUSH, 30), (STORE, "n"),
        (LOAD, "n"), (JZ, 15),
        (LOAD, "f"), (LOAD, "n"), (MUL, None), (STORE, "f"),
        (LOAD, "n"), (PUSH, 1), (SUB, None), (STORE, "n"), (JMP, 4),
        (LOAD, "f"), (PRINT, None), (HALT, None)]
print(VM(fact).run())
sub = [(PUSH, 27), (STORE, "n"), (PUSH, 0), (STORE, "c"), (CALL, 6), (HALT, None),
       (LOAD, "n"), (PUSH, 2), (LT, None), (JZ, 13), (LOAD, "c"), (PRINT, None), (RET, None),
       (LOAD, "c"), (PUSH, 1), (ADD, None), (STORE, "c"),
       (LOAD, "n"), (PUSH, 2), (MOD, None), (JZ, 29),
       (LOAD, "n"), (PUSH, 3), (MUL, None), (PUSH, 1), (ADD, None), (STORE, "n"), (JMP, 6), (HALT, None),
       (LOAD, "n"), (PUSH, 2), (DIV, None), (STORE, "n"), (JMP, 6)]
vm = VM(sub)
print("collatz(27) steps:", vm.run(), "vm steps:", vm.steps)
for bad in [[(PUSH, 1), (PUSH, 0), (DIV, None), (HALT, None)], [(LOAD, "q"), (HALT, None)], [(JMP, 0)]]:
    try:
        VM(bad).run(limit=1000)
    except VMError as e:
        print("VMError:", e)
