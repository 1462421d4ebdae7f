DESCRIPTION = 'work is not a function'
CATEGORY = 'cpu'
SIZE = 10
work = 42
