# expect: SyntaxError
# at: 4:5
def main():
    await other()
