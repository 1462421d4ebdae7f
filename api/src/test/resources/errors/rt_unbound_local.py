# expect: UnboundLocalError: cannot access local variable 'counter' where it is not associated with a value
# line: 6
# Local variable referenced before assignment.
counter = 0
def bump():
    counter += 1
    return counter
print("calling bump")
bump()
