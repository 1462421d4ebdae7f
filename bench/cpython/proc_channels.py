"""gillab's `channels` module for workers that are processes (sweep.py's processes mode).

A channel's queue lives in a multiprocessing manager (a server process); what a workload holds is a
small object carrying a proxy to it, which pickles, so a channel made in setup() reaches spawned
workers as their `shared` value and a channel made in a worker can be sent to another one. Every
send and recv is a round trip to the manager: that is the price of sharing a queue between
processes this way, and it is part of what the processes cells measure.
"""
import collections
import threading
import types
from multiprocessing.managers import BaseManager


class ChannelClosed(Exception):
    """Raised by send on a closed channel and by recv on a closed, empty one (as gillab's)."""


class _Queue:
    """The channel's state, inside the manager process: the same rules as the threads shim."""

    def __init__(self, maxsize=0):
        self._items = collections.deque()
        self._max = maxsize
        self._closed = False
        self._cond = threading.Condition()

    def send(self, value):
        with self._cond:
            while not self._closed and self._max and len(self._items) >= self._max:
                self._cond.wait()
            if self._closed:
                raise ChannelClosed("send on a closed channel")
            self._items.append(value)
            self._cond.notify_all()

    def recv(self):
        with self._cond:
            while not self._items and not self._closed:
                self._cond.wait()
            if not self._items:
                raise ChannelClosed("recv on a closed, empty channel")
            value = self._items.popleft()
            self._cond.notify_all()
            return value

    def close(self):
        with self._cond:
            self._closed = True
            self._cond.notify_all()


class ChannelManager(BaseManager):
    pass


ChannelManager.register("Queue", _Queue, exposed=("send", "recv", "close"))

# the manager this process talks to: started here (the process that runs setup) or connected to
_manager = None


def start(ctx):
    """Starts the manager process (before setup, so that setup can make channels)."""
    global _manager
    _manager = ChannelManager(ctx=ctx)
    _manager.start()
    return _manager


def connect(address):
    """In a worker: talk to the manager the parent started (the authentication key is inherited)."""
    global _manager
    _manager = ChannelManager(address=address)
    _manager.connect()


def stop():
    global _manager
    if _manager is not None and hasattr(_manager, "shutdown"):
        try:
            _manager.shutdown()
        except Exception:  # already gone: nothing to stop
            pass
    _manager = None


class Channel:
    def __init__(self, maxsize=0):
        if not isinstance(maxsize, int):
            raise TypeError("maxsize must be an int, not " + type(maxsize).__name__)
        if maxsize < 0:
            raise ValueError("maxsize must be >= 0, not %d" % maxsize)
        if _manager is None:
            raise RuntimeError("no channel manager in this process")
        self._q = _manager.Queue(maxsize)

    def send(self, value):
        self._q.send(value)

    def recv(self):
        return self._q.recv()

    def close(self):
        self._q.close()

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return self.recv()
        except ChannelClosed:
            raise StopIteration


def module():
    m = types.ModuleType("channels")
    m.Channel = Channel
    m.ChannelClosed = ChannelClosed
    return m
