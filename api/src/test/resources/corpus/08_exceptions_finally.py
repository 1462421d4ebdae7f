# finally semantics: runs on normal exit, exceptions, return, break and continue.
log = []
def f(mode):
    try:
        log.append("try " + mode)
        if mode == "raise":
            raise ValueError("boom")
        if mode == "return":
            return "returned"
        log.append("end of try")
    except ValueError as e:
        log.append("except " + str(e))
        return "handled"
    else:
        log.append("else")
    finally:
        log.append("finally " + mode)
    return "normal"
for m in ["ok", "raise", "return"]:
    print(f(m))
print(log)
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallow():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("lost")
        finally:
            if i == 1:
                break
    return i
print(finally_swallow())
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)
def nested():
    trace = []
    try:
        try:
            trace.append("inner try")
            raise KeyError("x")
        finally:
            trace.append("inner finally")
    except KeyError:
        trace.append("outer except")
    finally:
        trace.append("outer finally")
    return trace
print(nested())
def propagate():
    try:
        raise IndexError("deep")
    finally:
        print("cleanup before propagate")
try:
    propagate()
except IndexError as e:
    print("got", e)
counter = 0
def side():
    global counter
    try:
        counter += 1
        return counter
    finally:
        counter += 10
print(side(), counter)
