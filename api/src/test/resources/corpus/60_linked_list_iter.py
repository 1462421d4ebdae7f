# Linked list class with an iterator class, __len__, __getitem__, __contains__, __repr__, reversal.
class _Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
class LinkedListIterator:
    def __init__(self, node):
        self.node = node
    def __iter__(self):
        return self
    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        tail = None
        for it in items:
            node = _Node(it)
            if tail is None:
                self.head = node
            else:
                tail.next = node
            tail = node
            self.size += 1
    def push(self, v):
        self.head = _Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        return LinkedListIterator(self.head)
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, v):
        for x in self:
            if x == v:
                return True
        return False
    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def __eq__(self, other):
        return list(self) == list(other)
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], 2 in ll, 9 in ll, list(ll), sum(ll))
ll.reverse()
print(ll, ll.pop(), ll, len(ll))
it = iter(ll)
print(next(it), next(it), next(it), next(it, "end"))
empty = LinkedList()
print(empty, len(empty), bool(empty), list(empty))
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
words = LinkedList("to be or not to be".split())
print(sorted(words), [w.upper() for w in words if len(w) == 2], words == LinkedList(["to", "be", "or", "not", "to", "be"]))
print(max(words, key=len), dict(zip(words, range(10))), list(enumerate(LinkedList("ab"))))
