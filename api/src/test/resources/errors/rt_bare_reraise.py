# expect: KeyError: 'n too big'
# line: 6
# A caught exception re-raised with a bare raise statement.
def risky(n):
    if n > 2:
        raise KeyError("n too big")
    return n
def wrapper(n):
    try:
        return risky(n)
    except KeyError:
        print("logging failure for", n)
        raise
print(wrapper(1))
print(wrapper(3))
