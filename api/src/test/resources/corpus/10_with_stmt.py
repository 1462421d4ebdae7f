# with statement: __enter__/__exit__ ordering, exception suppression, nested managers.
log = []
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            log.append("exit " + self.name + " clean")
        else:
            log.append("exit " + self.name + " with " + type(exc).__name__ + ": " + str(exc))
        return self.suppress
with Resource("a") as r:
    log.append("body uses " + r.name)
print(log)
log.clear()
try:
    with Resource("b"):
        log.append("about to fail")
        raise ValueError("inside b")
except ValueError as e:
    log.append("propagated " + str(e))
print(log)
log.clear()
with Resource("c", suppress=True):
    raise KeyError("swallowed")
log.append("after c")
print(log)
log.clear()
with Resource("outer") as o, Resource("inner") as i:
    log.append(o.name + "+" + i.name)
print(log)
log.clear()
with Resource("x"):
    with Resource("y"):
        log.append("nested body")
print(log)
log.clear()
def early():
    with Resource("ret"):
        return "returned from with"
print(early(), log)
log.clear()
for k in range(3):
    with Resource("loop%d" % k):
        if k == 1:
            continue
        if k == 2:
            break
        log.append("body%d" % k)
print(log)
class Timer:
    def __enter__(self):
        self.entered = True
        return "token"
    def __exit__(self, t, v, tb):
        self.exited = True
        return False
tm = Timer()
with tm as tok:
    print("as binds __enter__ result:", tok)
print(tm.entered, tm.exited)
class Transaction:
    def __init__(self, account):
        self.account = account
    def __enter__(self):
        self.snapshot = list(self.account)
        return self.account
    def __exit__(self, t, v, tb):
        if t is not None:
            self.account[:] = self.snapshot
            return True
        return False
acct = [100]
with Transaction(acct) as a:
    a.append(-30)
with Transaction(acct) as a:
    a.append(-500)
    raise RuntimeError("rollback")
print(acct, sum(acct))
