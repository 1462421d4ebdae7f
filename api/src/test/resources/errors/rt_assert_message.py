# expect: AssertionError: balance went negative: -3
# line: 5
# Failing assert with a message.
def check(balance):
    assert balance >= 0, "balance went negative: %d" % balance
    return balance
print(check(5))
print(check(-3))
