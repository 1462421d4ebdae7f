DESCRIPTION = 'the module raises when it is loaded'
CATEGORY = 'cpu'
SIZE = 10
raise ValueError('broken at import')
def work(part, parts, size, shared):
    return part
