# expect: IndexError: pop from empty list
# line: 13
# An exception in a with-body propagates when __exit__ returns False.
class Guard:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit, exception:", exc_type is not None)
        return False
with Guard():
    print("in body")
    [].pop()
