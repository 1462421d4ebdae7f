# DeltaBlue-style incremental dataflow constraint solver (strengths, stay/edit/equality/scale constraints, plans).
class Strength:
    def __init__(self, level, name):
        self.level = level
        self.name = name
    def next_weaker(self):
        return STRENGTHS[self.level + 1]
    def __repr__(self):
        return self.name
def stronger(a, b):
    return a.level < b.level
def weaker(a, b):
    return a.level > b.level
def weakest_of(a, b):
    return a if weaker(a, b) else b
REQUIRED = Strength(0, "required")
STRONG_PREFERRED = Strength(1, "strongPreferred")
PREFERRED = Strength(2, "preferred")
STRONG_DEFAULT = Strength(3, "strongDefault")
NORMAL = Strength(4, "normal")
WEAK_DEFAULT = Strength(5, "weakDefault")
WEAKEST = Strength(6, "weakest")
STRENGTHS = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST]
NONE, FORWARD, BACKWARD = 0, 1, 2
class SolverError(Exception):
    pass
class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True
    def add_constraint(self, c):
        self.constraints.append(c)
    def remove_constraint(self, c):
        self.constraints = [x for x in self.constraints if x is not c]
        if self.determined_by is c:
            self.determined_by = None
    def __repr__(self):
        return "%s=%r" % (self.name, self.value)
class Constraint:
    def __init__(self, strength):
        self.strength = strength
    def add(self):
        self.add_to_graph()
        planner.incremental_add(self)
    def satisfy(self, mark):
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise SolverError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise SolverError("cycle encountered")
        out.mark = mark
        return overridden
    def destroy(self):
        if self.is_satisfied():
            planner.incremental_remove(self)
        else:
            self.remove_from_graph()
    def is_input(self):
        return False
class UnaryConstraint(Constraint):
    def __init__(self, v, strength):
        super().__init__(strength)
        self.my_output = v
        self.satisfied = False
        self.add()
    def add_to_graph(self):
        self.my_output.add_constraint(self)
        self.satisfied = False
    def choose_method(self, mark):
        self.satisfied = self.my_output.mark != mark and stronger(self.strength, self.my_output.walk_strength)
    def is_satisfied(self):
        return self.satisfied
    def mark_inputs(self, mark):
        pass
    def output(self):
        return self.my_output
    def recalculate(self):
        self.my_output.walk_strength = self.strength
        self.my_output.stay = not self.is_input()
        if self.my_output.stay:
            self.execute()
    def mark_unsatisfied(self):
        self.satisfied = False
    def inputs_known(self, mark):
        return True
    def remove_from_graph(self):
        self.my_output.remove_constraint(self)
        self.satisfied = False
class StayConstraint(UnaryConstraint):
    def execute(self):
        pass
class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True
    def execute(self):
        pass
class BinaryConstraint(Constraint):
    def __init__(self, v1, v2, strength):
        super().__init__(strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        self.add()
    def choose_method(self, mark):
        if self.v1.mark == mark:
            if self.v2.mark != mark and stronger(self.strength, self.v2.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = NONE
            return
        if self.v2.mark == mark:
            if self.v1.mark != mark and stronger(self.strength, self.v1.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
            return
        if weaker(self.v1.walk_strength, self.v2.walk_strength):
            self.direction = BACKWARD if stronger(self.strength, self.v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if stronger(self.strength, self.v2.walk_strength) else BACKWARD
    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = NONE
    def is_satisfied(self):
        return self.direction != NONE
    def mark_inputs(self, mark):
        self.input().mark = mark
    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2
    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1
    def recalculate(self):
        ihn = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay
        if out.stay:
            self.execute()
    def mark_unsatisfied(self):
        self.direction = NONE
    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None
    def remove_from_graph(self):
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = NONE
class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value
class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, scale, offset, dest, strength):
        self.scale = scale
        self.offset = offset
        super().__init__(src, dest, strength)
    def add_to_graph(self):
        super().add_to_graph()
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)
    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)
    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = mark
        self.offset.mark = mark
    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value
    def recalculate(self):
        ihn = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()
class Plan:
    def __init__(self):
        self.steps = []
    def add(self, c):
        self.steps.append(c)
    def __len__(self):
        return len(self.steps)
    def execute(self):
        for c in self.steps:
            c.execute()
class Planner:
    def __init__(self):
        self.current_mark = 0
        self.adds = 0
        self.removes = 0
    def new_mark(self):
        self.current_mark += 1
        return self.current_mark
    def incremental_add(self, c):
        self.adds += 1
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)
    def incremental_remove(self, c):
        self.removes += 1
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()
            if strength is WEAKEST:
                break
    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        while todo:
            c = todo.pop(0)
            if c.output().mark != mark and c.inputs_known(mark):
                plan.add(c)
                c.output().mark = mark
                self.add_constraints_consuming_to(c.output(), todo)
        return plan
    def extract_plan_from(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])
    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True
    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for nxt in v.constraints:
                if nxt is not determining and nxt.is_satisfied():
                    nxt.recalculate()
                    todo.append(nxt.output())
        return unsatisfied
    def add_constraints_consuming_to(self, v, coll):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)
def change(v, new_value):
    edit = EditConstraint(v, PREFERRED)
    plan = planner.extract_plan_from([edit])
    for _ in range(10):
        v.value = new_value
        plan.execute()
    edit.destroy()
    return len(plan)
def chain_test(n):
    global planner
    planner = Planner()
    prev = first = last = None
    for i in range(n + 1):
        v = Variable("v%d" % i)
        if prev is not None:
            EqualityConstraint(prev, v, REQUIRED)
        if i == 0:
            first = v
        if i == n:
            last = v
        prev = v
    StayConstraint(last, STRONG_DEFAULT)
    edit = EditConstraint(first, PREFERRED)
    plan = planner.extract_plan_from([edit])
    failures = 0
    for i in range(100):
        first.value = i
        plan.execute()
        if last.value != i:
            failures += 1
    edit.destroy()
    print("chain", n, "plan length", len(plan), "failures", failures, "last", last, "marks", planner.current_mark)
def projection_test(n):
    global planner
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(src, NORMAL)
        ScaleConstraint(src, scale, offset, dst, REQUIRED)
    print("plan", change(src, 17), dst, dst.value == 1170)
    print("plan", change(dst, 1050), src, src.value == 5)
    print("plan", change(scale, 5), all(dests[i].value == i * 5 + 1000 for i in range(n - 1)), dests[:3])
    print("plan", change(offset, 2000), all(dests[i].value == i * 5 + 2000 for i in range(n - 1)), dests[-3:])
    print("adds", planner.adds, "removes", planner.removes)
planner = None
for n in (5, 50, 300):
    chain_test(n)
    projection_test(n)
planner = Planner()
a = Variable("a", 1)
b = Variable("b", 2)
StayConstraint(a, WEAK_DEFAULT)
StayConstraint(b, STRONG_DEFAULT)
eq = EqualityConstraint(a, b, REQUIRED)
print("equality resolved toward stronger stay:", a, b, eq.direction == BACKWARD)
try:
    EqualityConstraint(a, b, REQUIRED)
    x = Variable("x", 3)
    EditConstraint(x, REQUIRED)
    EditConstraint(x, REQUIRED)
except SolverError as e:
    print("SolverError:", e)
print(STRENGTHS, REQUIRED.next_weaker(), stronger(REQUIRED, WEAKEST), weakest_of(NORMAL, PREFERRED))
