# expect: SyntaxError
# at: 4:9
price = 10
total = $price * 2
