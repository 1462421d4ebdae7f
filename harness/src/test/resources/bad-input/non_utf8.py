x = 'ÿþ café'
print(x)
