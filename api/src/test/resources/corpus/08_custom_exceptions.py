# User exception classes, hierarchies, raising from nested calls, attributes on exceptions.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field + ": " + msg)
        self.field = field
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
        super().__init__("no such key " + repr(key))
class MyValueError(ValueError):
    pass
def validate(user):
    if "name" not in user:
        raise ValidationError("name", "required")
    if len(user["name"]) < 2:
        raise ValidationError("name", "too short")
    if user.get("age", 0) < 0:
        raise MyValueError("negative age")
    return True
def lookup(db, key):
    if key not in db:
        raise NotFound(key)
    return db[key]
def process(db, key):
    return validate(lookup(db, key))
db = {"a": {"name": "Al"}, "b": {"name": "B"}, "c": {}, "d": {"name": "Dee", "age": -3}}
for k in ["a", "b", "c", "d", "zz"]:
    try:
        print(k, process(db, k))
    except ValidationError as e:
        print(k, "ValidationError", e.field, str(e))
    except NotFound as e:
        print(k, "NotFound", e.key, e)
    except ValueError as e:
        print(k, type(e).__name__, e, isinstance(e, MyValueError))
try:
    raise NotFound(42)
except AppError as e:
    print("caught as base:", type(e).__name__, e, isinstance(e, Exception))
class Retry(Exception):
    def __init__(self, attempts):
        super().__init__()
        self.attempts = attempts
def flaky(state):
    state["n"] += 1
    if state["n"] < 4:
        raise Retry(state["n"])
    return "success after " + str(state["n"])
st = {"n": 0}
while True:
    try:
        print(flaky(st))
        break
    except Retry as r:
        print("retry", r.attempts, repr(str(r)))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise WithStr("ignored")
except WithStr as e:
    print(e, e.args)
def depth(n):
    if n == 0:
        raise AppError("bottom reached")
    return depth(n - 1)
try:
    depth(50)
except AppError as e:
    print("from depth:", e)
errs = [ValueError("v"), KeyError("k"), AppError("a"), ZeroDivisionError("z")]
for ex in errs:
    try:
        raise ex
    except (KeyError, AppError) as e:
        print("group1", type(e).__name__)
    except Exception as e:
        print("group2", type(e).__name__)
