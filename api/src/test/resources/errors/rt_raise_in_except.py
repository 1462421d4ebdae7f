# expect: RuntimeError: could not parse 'ten'
# line: 8
# An exception raised while handling another one (only the last is checked).
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError("could not parse " + repr(text))
print(parse("10"))
print(parse("ten"))
