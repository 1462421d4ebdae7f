# try/except with 'as', tuples of types, bare except, else, builtin exception types.
def attempt(fn):
    try:
        r = fn()
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)
    except (KeyError, IndexError) as e:
        return type(e).__name__ + " caught by tuple: " + str(e)
    except ValueError as e:
        return "ValueError: " + str(e)
    except:
        return "bare except caught something"
    else:
        return "ok " + repr(r)
print(attempt(lambda: 1 / 0))
print(attempt(lambda: 1 // 0))
print(attempt(lambda: 5 % 0))
print(attempt(lambda: 1.0 / 0))
print(attempt(lambda: {}["missing"]))
print(attempt(lambda: [1, 2][5]))
print(attempt(lambda: int("abc")))
print(attempt(lambda: int("12x", 16)))
print(attempt(lambda: [1, 2, 3][-4]))
print(attempt(lambda: undefined_name))
print(attempt(lambda: "a" + 1))
print(attempt(lambda: 42))
print(attempt(lambda: {1: 2}[1]))
def typed(fn):
    try:
        fn()
    except Exception as e:
        return type(e).__name__
    return "no error"
print(typed(lambda: None.attr), typed(lambda: (1).foo), typed(lambda: [].remove(3)), typed(lambda: "x" * "y"))
print(typed(lambda: len(5)), typed(lambda: next(iter([]))), typed(lambda: 0), typed(lambda: "abc".index("z")))
print(typed(lambda: {}.pop("k")), typed(lambda: (1, 2).index(3)), typed(lambda: float("xyz")), typed(lambda: [].pop()), typed(lambda: {}[[]]))
try:
    raise ValueError("custom message")
except ValueError as err:
    print("caught:", err, "| args:", err.args)
try:
    raise KeyError("k")
except LookupError as e:
    print("LookupError base caught", type(e).__name__, repr(str(e)))
try:
    raise IndexError
except IndexError as e:
    print("bare class raised:", repr(str(e)), type(e).__name__)
try:
    [][0]
except IndexError as e:
    print(e)
try:
    x = {"a": 1}
    x["b"]
except KeyError as e:
    print("missing key", e)
try:
    try:
        1 / 0
    except ValueError:
        print("wrong handler")
except ZeroDivisionError:
    print("outer handler got it")
e_saved = None
try:
    int("nope")
except ValueError as e:
    e_saved = e
print(type(e_saved).__name__, e_saved)
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), LookupError), isinstance(ValueError(), Exception))
