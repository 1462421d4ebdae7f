# Finite state machines: a vending machine class and a regex-like DFA matcher built from tables.
class InvalidTransition(Exception):
    pass
class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.sales = []
    def insert(self, coin):
        if coin not in (5, 10, 25, 100):
            raise InvalidTransition("rejected coin %d" % coin)
        if self.state == "idle":
            self.state = "collecting"
        self.credit += coin
        return self.state
    def select(self, item):
        if self.state != "collecting":
            raise InvalidTransition("select in state " + self.state)
        price = VendingMachine.PRICES[item]
        if self.credit < price:
            return "need %d more" % (price - self.credit)
        self.credit -= price
        self.sales.append(item)
        change = self.make_change()
        self.state = "idle"
        return "vend %s, change %s" % (item, change)
    def make_change(self):
        coins = []
        for c in (100, 25, 10, 5):
            while self.credit >= c:
                coins.append(c)
                self.credit -= c
        return coins
vm = VendingMachine()
script = [("insert", 100), ("select", "cola"), ("insert", 25), ("insert", 25), ("select", "cola"),
          ("select", "chips"), ("insert", 3), ("insert", 100), ("insert", 10), ("select", "candy")]
for action, arg in script:
    try:
        if action == "insert":
            print("insert", arg, "->", vm.insert(arg), vm.credit)
        else:
            print("select", arg, "->", vm.select(arg))
    except InvalidTransition as e:
        print("InvalidTransition:", e)
print(vm.sales, vm.state, vm.credit)
def build_number_dfa():
    t = {}
    def add(s, chars, d):
        for c in chars:
            t[(s, c)] = d
    digits = "0123456789"
    add("start", "+-", "sign")
    add("start", digits, "int")
    add("sign", digits, "int")
    add("int", digits, "int")
    add("int", ".", "dot")
    add("start", ".", "lead_dot")
    add("sign", ".", "lead_dot")
    add("lead_dot", digits, "frac")
    add("dot", digits, "frac")
    add("frac", digits, "frac")
    for s in ("int", "dot", "frac"):
        add(s, "eE", "exp")
    add("exp", "+-", "exp_sign")
    add("exp", digits, "exp_int")
    add("exp_sign", digits, "exp_int")
    add("exp_int", digits, "exp_int")
    return t, {"int", "dot", "frac", "exp_int"}
table, accepting = build_number_dfa()
def matches(s):
    state = "start"
    for ch in s:
        state = table.get((state, ch))
        if state is None:
            return False
    return state in accepting
tests = ["42", "-3.14", "+.5", "1e10", "2.5E-3", "abc", "1e", ".", "-", "3.", "1.2.3", "", "007", "6.02e+23"]
for s in tests:
    ok = matches(s)
    print(repr(s), ok, (float(s) if ok else None))
