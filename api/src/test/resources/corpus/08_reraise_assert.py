# Bare raise re-raises, raising in except, assert with and without message.
def risky(n):
    if n > 2:
        raise ValueError("too big: " + str(n))
    return n
def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("wrapper logging and re-raising")
        raise
for n in [1, 5]:
    try:
        print("result", wrapper(n))
    except ValueError as e:
        print("outer caught:", e)
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("cannot convert " + repr(s))
try:
    convert("x1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    assert 1 + 1 == 2
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert []
except AssertionError as e:
    print("empty assert message:", repr(str(e)), e.args)
try:
    x = 5
    assert x < 0, "x should be negative, got %d" % x
except AssertionError as e:
    print(e)
def check_all(values):
    errors = []
    for v in values:
        try:
            assert isinstance(v, int), "not an int: " + repr(v)
            assert v >= 0, "negative"
        except AssertionError as e:
            errors.append(str(e))
    return errors
print(check_all([1, -1, "s", 2.5, 0]))
def reraise_other():
    try:
        {}["k"]
    except KeyError as e:
        err = e
    raise err
try:
    reraise_other()
except KeyError as e:
    print("re-raised saved exception", e)
try:
    try:
        raise RuntimeError("first")
    except RuntimeError:
        raise ValueError("second")
except ValueError as e:
    print("replacement exception:", e)
except RuntimeError:
    print("wrong")
class ConnError(Exception):
    pass
def retry_raise(times):
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < times:
                raise ConnError("fail")
            return attempts
        except ConnError:
            if attempts >= 10:
                raise
print(retry_raise(3))
