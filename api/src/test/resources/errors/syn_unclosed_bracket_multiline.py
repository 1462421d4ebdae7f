# expect: SyntaxError
# at: 3:10
values = [1,
          2,
          3,
