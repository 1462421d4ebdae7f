# Bank account class hierarchy with exceptions, class attributes, super() and __str__.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("account %s cannot withdraw %d (balance %d)" % (account.number, amount, account.balance))
        self.amount = amount
class FrozenAccount(Exception):
    pass
class Account:
    next_number = 1000
    interest_rate = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []
        self.frozen = False
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self.balance += amount
        self.history.append(("dep", amount))
        return self.balance
    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self.balance
    def available(self):
        return self.balance
    def _check(self):
        if self.frozen:
            raise FrozenAccount("account %d is frozen" % self.number)
    def month_end(self):
        interest = self.balance * self.interest_rate // 100
        if interest:
            self.balance += interest
            self.history.append(("int", interest))
    def __str__(self):
        return "%s#%d[%s: %d]" % (type(self).__name__, self.number, self.owner, self.balance)
class Savings(Account):
    interest_rate = 2
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise ValueError("savings withdrawal limit reached")
        return super().withdraw(amount)
class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self.balance + self.overdraft
    def month_end(self):
        if self.balance < 0:
            self.balance -= 15
            self.history.append(("fee", 15))
        super().month_end()
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except (InsufficientFunds, FrozenAccount, ValueError) as e:
            return "failed: " + str(e)
        self.accounts[dst].deposit(amount)
        return "ok"
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
s = bank.open(Savings, "ann", 1000)
c = bank.open(Checking, "bob", 50, overdraft=200)
p = bank.open(Account, "cy")
print(s, c, p)
print(bank.transfer(s.number, c.number, 300))
print(bank.transfer(c.number, p.number, 500))
print(bank.transfer(c.number, p.number, 400))
print(bank.transfer(s.number, p.number, 100))
print(bank.transfer(s.number, p.number, 100))
p.frozen = True
print(bank.transfer(p.number, s.number, 1))
p.frozen = False
try:
    p.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for month in range(3):
    for a in bank.accounts.values():
        a.month_end()
print([str(a) for a in bank.accounts.values()], bank.total())
for a in bank.accounts.values():
    print(a.number, a.owner, a.history)
print(isinstance(s, Account), isinstance(c, Savings), Account.next_number, Savings.interest_rate, c.interest_rate)
