# Inventory management: classes, dict of objects, exceptions, sorting reports, string formatting.
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__("%s: wanted %d, have %d" % (sku, wanted, have))
        self.sku = sku
class Item:
    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = set(tags)
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return "Item(%r, qty=%d)" % (self.sku, self.qty)
class Perishable(Item):
    def __init__(self, sku, name, price, qty=0, days=7, tags=()):
        super().__init__(sku, name, price, qty, tags)
        self.days = days
    def value(self):
        base = super().value()
        return base if self.days > 2 else round(base * 0.5, 2)
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        if item.sku in self.items:
            raise InventoryError("duplicate sku " + item.sku)
        self.items[item.sku] = item
    def __getitem__(self, sku):
        try:
            return self.items[sku]
        except KeyError:
            raise InventoryError("unknown sku " + sku)
    def restock(self, sku, n):
        self[sku].qty += n
        self.log.append(("restock", sku, n))
    def sell(self, sku, n):
        it = self[sku]
        if it.qty < n:
            raise OutOfStock(sku, n, it.qty)
        it.qty -= n
        self.log.append(("sell", sku, n))
        return round(it.price * n, 2)
    def total_value(self):
        return round(sum(it.value() for it in self.items.values()), 2)
    def by_tag(self, tag):
        return sorted(it.sku for it in self.items.values() if tag in it.tags)
    def report(self):
        lines = ["%-6s %-14s %8s %5s %10s" % ("SKU", "NAME", "PRICE", "QTY", "VALUE")]
        for it in sorted(self.items.values(), key=lambda i: (-i.value(), i.sku)):
            lines.append("%-6s %-14s %8.2f %5d %10.2f" % (it.sku, it.name, it.price, it.qty, it.value()))
        lines.append("%-6s %-14s %8s %5d %10.2f" % ("", "TOTAL", "", sum(i.qty for i in self.items.values()), self.total_value()))
        return "\n".join(lines)
inv = Inventory()
inv.add(Item("A1", "widget", 2.50, 100, tags=("metal", "small")))
inv.add(Item("B2", "gadget", 12.99, 10, tags=("electronic",)))
inv.add(Perishable("C3", "milk", 0.99, 40, days=5, tags=("food",)))
inv.add(Perishable("D4", "bread", 2.25, 12, days=1, tags=("food", "small")))
print(inv.report())
revenue = 0
orders = [("A1", 30), ("B2", 11), ("C3", 40), ("Z9", 1), ("D4", 2), ("B2", 10)]
for sku, n in orders:
    try:
        revenue += inv.sell(sku, n)
        print("sold", n, sku)
    except OutOfStock as e:
        print("OutOfStock", e.sku, "-", e)
    except InventoryError as e:
        print("InventoryError -", e)
print("revenue %.2f" % revenue)
inv.restock("C3", 24)
try:
    inv.add(Item("A1", "dup", 1.0))
except InventoryError as e:
    print("InventoryError -", e)
print(inv.by_tag("food"), inv.by_tag("small"), inv.by_tag("none"))
print(inv.report())
print(inv.log, [repr(i) for i in inv.items.values()])
