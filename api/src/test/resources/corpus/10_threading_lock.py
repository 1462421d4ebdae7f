# threading.Lock: acquire/release and with-statement; get_ident is only compared.
import threading
lock = threading.Lock()
print(lock.acquire())
lock.release()
print(lock.acquire())
lock.release()
counter = {"n": 0}
def critical(k):
    with lock:
        counter["n"] += k
        return counter["n"]
print([critical(i) for i in range(5)], counter["n"])
try:
    with lock:
        raise ValueError("released anyway")
except ValueError as e:
    print("error:", e)
print("reacquire after exception:", lock.acquire())
lock.release()
ident = threading.get_ident()
print(type(ident).__name__, ident == threading.get_ident())
from threading import Lock
locks = [Lock() for _ in range(3)]
print([l.acquire() for l in locks])
for l in reversed(locks):
    l.release()
with locks[0], locks[1]:
    print("holding two locks")
class SafeCounter:
    def __init__(self):
        self.lock = threading.Lock()
        self.value = 0
    def incr(self):
        with self.lock:
            self.value += 1
            return self.value
sc = SafeCounter()
for _ in range(1000):
    sc.incr()
print(sc.value)
