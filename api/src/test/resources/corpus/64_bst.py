# Binary search tree: insert, search, delete, traversals, height, iteration via generator.
class Node:
    def __init__(self, key, val):
        self.key = key
        self.val = val
        self.left = None
        self.right = None
class BST:
    def __init__(self):
        self.root = None
        self.n = 0
    def insert(self, key, val=None):
        if self.root is None:
            self.root = Node(key, val)
            self.n += 1
            return
        cur = self.root
        while True:
            if key == cur.key:
                cur.val = val
                return
            if key < cur.key:
                if cur.left is None:
                    cur.left = Node(key, val)
                    break
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = Node(key, val)
                    break
                cur = cur.right
        self.n += 1
    def get(self, key, default=None):
        cur = self.root
        while cur is not None:
            if key == cur.key:
                return cur.val
            cur = cur.left if key < cur.key else cur.right
        return default
    def _delete(self, node, key):
        if node is None:
            raise KeyError(key)
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        else:
            if node.left is None:
                return node.right
            if node.right is None:
                return node.left
            succ = node.right
            while succ.left is not None:
                succ = succ.left
            node.key, node.val = succ.key, succ.val
            node.right = self._delete(node.right, succ.key)
        return node
    def delete(self, key):
        self.root = self._delete(self.root, key)
        self.n -= 1
    def inorder(self, node="start"):
        if node == "start":
            node = self.root
        if node is not None:
            for k in self.inorder(node.left):
                yield k
            yield node.key
            for k in self.inorder(node.right):
                yield k
    def preorder(self):
        out = []
        stack = [self.root] if self.root else []
        while stack:
            node = stack.pop()
            out.append(node.key)
            if node.right:
                stack.append(node.right)
            if node.left:
                stack.append(node.left)
        return out
    def height(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))
    def __len__(self):
        return self.n
    def __contains__(self, key):
        return self.get(key, self) is not self
    def __iter__(self):
        return self.inorder()
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, str(k))
print(list(t), t.preorder(), len(t), t.height(), 45 in t, 46 in t, t.get(65), t.get(66, "none"))
for k in [20, 30, 50]:
    t.delete(k)
    print("deleted", k, list(t), t.preorder(), len(t))
try:
    t.delete(999)
except KeyError as e:
    print("KeyError", e)
seq = BST()
for k in range(100):
    seq.insert((k * 37) % 101)
print(len(seq), seq.height(), list(seq)[:10], sum(seq))
words = BST()
for w in "now is the time for all good men to come to the aid of the party".split():
    words.insert(w, words.get(w, 0) + 1)
print([(w, words.get(w)) for w in words])
