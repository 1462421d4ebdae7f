# Object method calls on small classes: a bank of accounts moving money, with a subclass
# overriding a method and calling up through super().
ROUNDS = 500000
class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.moves = 0
    def deposit(self, amount):
        self.balance += amount
        self.moves += 1
    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.moves += 1
        return True
    def fee(self):
        return 1
class Savings(Account):
    def __init__(self, name, balance, rate):
        super().__init__(name, balance)
        self.rate = rate
    def fee(self):
        return 0
    def add_interest(self):
        self.deposit(self.balance * self.rate // 1000)
class Bank:
    def __init__(self, accounts):
        self.accounts = accounts
        self.failed = 0
        self.fees = 0
    def transfer(self, src, dst, amount):
        fee = src.fee()
        if src.withdraw(amount + fee):
            dst.deposit(amount)
            self.fees += fee
        else:
            self.failed += 1
    def refund(self):
        share = self.fees // len(self.accounts)
        for a in self.accounts:
            a.deposit(share)
        self.fees -= share * len(self.accounts)
    def total(self):
        t = self.fees
        for a in self.accounts:
            t += a.balance
        return t
def main():
    accounts = []
    for i in range(8):
        if i % 2:
            accounts.append(Savings("s%d" % i, 1000 + i, 3))
        else:
            accounts.append(Account("a%d" % i, 1000 + i))
    bank = Bank(accounts)
    n = len(accounts)
    for r in range(ROUNDS):
        for i in range(n):
            bank.transfer(accounts[i], accounts[(i + r) % n], (r + i) % 50)
        if r % 100 == 0:
            bank.refund()
        if r % 1000 == 0:
            for a in accounts:
                if isinstance(a, Savings):
                    a.add_interest()
    print("total", bank.total(), "failed", bank.failed, "moves", sum(a.moves for a in accounts))
main()
