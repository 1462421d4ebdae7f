"""gillab's `channels` module for workers that are processes (sweep.py's processes mode).

A channel's queue lives in a multiprocessing manager (a server process); what a workload holds is a
small object carrying a proxy to it, which pickles, so a channel made in setup() reaches spawned
workers as their `shared` value and a channel made in a worker can be sent to another one. Every
send and recv is a round trip to the manager: that is the price of sharing a queue between
processes this way, and it is part of what the processes cells measure.
"""
import os
import sys
import types
from multiprocessing.managers import BaseManager

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

# the queue's rules and the exception are the threads shim's, so that both behave alike
from run_workload import ChannelClosed, ChannelQueue as _Queue, Iterable, check_maxsize  # noqa: E402


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


class Channel(Iterable):
    def __init__(self, maxsize=0):
        check_maxsize(maxsize)
        if _manager is None:
            raise RuntimeError("no channel manager in this process")
        self._q = _manager.Queue(maxsize)

    def send(self, value):
        self._q.send(value)

    def recv(self):
        return self._q.recv()

    def close(self):
        self._q.close()


def module():
    m = types.ModuleType("channels")
    m.Channel = Channel
    m.ChannelClosed = ChannelClosed
    return m
