# global statement and module-level state.
counter = 0
items = []
def bump(n=1):
    global counter
    counter += n
    return counter
def add_item(x):
    items.append(x)
def rebind():
    global items
    items = ["fresh"]
def read_only():
    return counter * 2
print(bump(), bump(5), read_only(), counter)
add_item(1)
add_item(2)
print(items)
rebind()
add_item(3)
print(items)
def define_new():
    global brand_new
    brand_new = "created in function"
define_new()
print(brand_new)
x = "module"
def shadowing():
    x = "local"
    return x
print(shadowing(), x)
def nested_global():
    def inner():
        global counter
        counter = 1000
    inner()
    return counter
print(nested_global(), counter)
CONST = 7
def uses_const(v):
    return v * CONST
CONST = 8
print(uses_const(2))
