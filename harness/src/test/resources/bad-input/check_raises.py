DESCRIPTION = 'a workload whose check raises'
CATEGORY = 'cpu'
SIZE = 10
def work(part, parts, size, shared):
    return part
def check(results, size, parts):
    return results['not a dict key']
