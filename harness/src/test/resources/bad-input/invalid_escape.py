s = '\xZZ'
print(s)
