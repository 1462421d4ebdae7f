# expect: ValueError: currency mismatch: EUR vs USD
# line: 10
# Error inside __add__ called through the + operator.
class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency
    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency mismatch: %s vs %s" % (self.currency, other.currency))
        return Money(self.cents + other.cents, self.currency)
a = Money(100, "EUR") + Money(250, "EUR")
print(a.cents, a.currency)
b = a + Money(5, "USD")
print(b.cents)
