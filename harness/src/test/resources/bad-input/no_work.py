DESCRIPTION = 'a workload that forgot work()'
CATEGORY = 'cpu'
SIZE = 10
def setup(size, parts):
    return None
