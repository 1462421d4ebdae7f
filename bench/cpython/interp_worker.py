"""What runs inside each interpreter of sweep.py's interpreters mode (concurrent.interpreters,
Python 3.14+): the workload module, loaded once in that interpreter, then one call of work().

Functions here are passed to Interpreter.call by reference, so this file must be importable in the
new interpreter: sweep.py puts its folder on that interpreter's sys.path first.
"""
import importlib.util
import os
import resource
import time

_mod = None


def load(file):
    """Runs the module's top level in this interpreter; its globals are this interpreter's own."""
    global _mod
    name = os.path.splitext(os.path.basename(file))[0]
    spec = importlib.util.spec_from_file_location(name, file)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    _mod = mod
    return True


def work(part, parts, size, shared):
    """(result, cpu seconds, monotonic end, error or None, peak RSS bytes)."""
    c0 = time.thread_time()
    try:
        r = _mod.work(part, parts, size, shared)
        err = None
    except BaseException as e:  # reported as the worker's failure, as gillab reports it
        r = None
        err = "%s: %s" % (type(e).__name__, e)
    end = time.monotonic()
    return (r, time.thread_time() - c0, end, err, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
