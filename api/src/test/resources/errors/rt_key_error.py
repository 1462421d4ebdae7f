# expect: KeyError: 'zed'
# line: 6
# Missing dict key.
ages = {"ann": 31, "bob": 25}
for name in ["ann", "bob", "zed"]:
    print(name, ages[name])
