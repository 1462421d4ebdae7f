# expect: SyntaxError
# at: 4:7
# note: CPython points at the start of the first of the two juxtaposed expressions ("total"), not at 42.
print("total" 42)
