# expect: TypeError: unhashable type: 'list'
# line: 6
# A list used as a dict key.
seen = {}
for key in [(1, 2), "ab", [3, 4]]:
    seen[key] = True
    print(len(seen))
