# The if __name__ == "__main__" idiom and module-level code order.
print("module top, __name__ is", __name__)
def helper(x):
    return x * 2
def main():
    print("main running", helper(21))
    return 0
if __name__ == "__main__":
    rc = main()
    print("rc", rc)
else:
    print("imported")
if __name__ != "__main__":
    print("never")
print("module end")
