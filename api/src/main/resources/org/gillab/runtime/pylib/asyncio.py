# gillab's asyncio: a subset of CPython 3.11's Lib/asyncio, written for gillab's Python subset.
# The scheduling follows CPython's so that programs print in the same order: one ready queue run
# in FIFO batches (BaseEventLoop._run_once), timers ordered by (deadline, sequence), a future's
# callbacks scheduled with call_soon when it completes, a task stepping its coroutine with
# send/throw (Task.__step) and waking up through a done callback (Task.__wakeup). Only await
# switches tasks: a blocking call (time.sleep) blocks the whole loop, as in CPython.
import time


class CancelledError(BaseException):
    """The operation was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full queue."""


TimeoutError = TimeoutError  # 3.11: asyncio.TimeoutError is the built-in TimeoutError

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"

# The resolution of time.monotonic on Linux (time.get_clock_info): timers due within it run now.
_CLOCK_RESOLUTION = 1e-09

_running_loop = None
_current_task = None
_task_counter = 0


class Handle:
    def __init__(self, callback, args):
        self._callback = callback
        self._args = args
        self._cancelled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        self._callback(*self._args)


class TimerHandle(Handle):
    def __init__(self, when, seq, callback, args):
        super().__init__(callback, args)
        self._when = when
        self._seq = seq

    def when(self):
        return self._when

    def _before(self, other):
        return self._when < other._when or (self._when == other._when and self._seq < other._seq)


class EventLoop:
    def __init__(self):
        self._ready = []
        self._scheduled = []  # sorted by (when, seq): CPython keeps a heap, the order taken is the same
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._tasks = []

    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args):
        h = Handle(callback, args)
        self._ready.append(h)
        return h

    def call_later(self, delay, callback, *args):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args):
        self._seq += 1
        t = TimerHandle(when, self._seq, callback, args)
        lo = 0
        hi = len(self._scheduled)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._scheduled[mid]._before(t):
                lo = mid + 1
            else:
                hi = mid
        self._scheduled.insert(lo, t)
        return t

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, name=None):
        task = Task(coro, loop=self, name=name)
        self._tasks.append(task)
        return task

    def is_closed(self):
        return self._closed

    def is_running(self):
        return _running_loop is self

    def stop(self):
        self._stopping = True

    def close(self):
        self._closed = True
        self._ready = []
        self._scheduled = []

    def _run_once(self):
        while self._scheduled and self._scheduled[0]._cancelled:
            self._scheduled.pop(0)
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            timeout = self._scheduled[0]._when - self.time()
            if timeout < 0:
                timeout = 0
        else:
            # CPython's selector would wait forever: nothing can ever become ready.
            raise RuntimeError("the event loop has nothing left to run: every task waits for another (gillab)")
        if timeout > 0:
            time.sleep(timeout)  # the loop's select(): blocks the thread, as CPython's does
        end_time = self.time() + _CLOCK_RESOLUTION
        while self._scheduled:
            h = self._scheduled[0]
            if h._when >= end_time:
                break
            self._scheduled.pop(0)
            if not h._cancelled:
                self._ready.append(h)
        batch = self._ready
        self._ready = []
        for h in batch:
            if not h._cancelled:
                h._run()

    def run_forever(self):
        global _running_loop
        if _running_loop is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            _running_loop = None

    def run_until_complete(self, future):
        if self._closed:
            raise RuntimeError("Event loop is closed")
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()


def _stop_loop(fut):
    fut._loop.stop()


def new_event_loop():
    return EventLoop()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    return get_running_loop()


def current_task(loop=None):
    return _current_task


def all_tasks(loop=None):
    loop = get_running_loop() if loop is None else loop
    return set([t for t in loop._tasks if not t.done()])


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def isfuture(obj):
    return isinstance(obj, Future)


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_running_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        return "<" + type(self).__name__ + " " + self._state.lower() + ">"

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for cb in callbacks:
            self._loop.call_soon(cb, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def add_done_callback(self, fn):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(self._state + ": " + repr(self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(self._state + ": " + repr(self))
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None):
        global _task_counter
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError("a coroutine was expected, got " + repr(coro))
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        _task_counter += 1
        self._name = "Task-" + str(_task_counter) if name is None else str(name)
        self._loop.call_soon(self._step)

    def __repr__(self):
        return "<Task " + self._state.lower() + " name='" + self._name + "'>"

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        global _current_task
        if self.done():
            raise InvalidStateError("_step(): already done: " + repr(self))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        previous = _current_task
        _current_task = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            blocking = getattr(result, "_asyncio_future_blocking", None)
            if blocking is not None:
                if result is self:
                    self._loop.call_soon(self._step, RuntimeError("Task cannot await on itself: " + repr(self)))
                elif blocking:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
                else:
                    self._loop.call_soon(self._step, RuntimeError("yield was used instead of yield from in task " + repr(self)))
            elif result is None:
                self._loop.call_soon(self._step)  # a bare yield: sleep(0)
            else:
                self._loop.call_soon(self._step, RuntimeError("Task got bad yield: " + repr(result)))
        finally:
            _current_task = previous

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if loop is None:
        loop = get_running_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, "__await__"):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _wrap_awaitable(awaitable):
    return await awaitable


def create_task(coro, *, name=None):
    return get_running_loop().create_task(coro, name=name)


class _Sleep0:
    def __await__(self):
        yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_running_loop().create_future()
        outer.set_result([])
        return outer
    loop = None
    children = []
    arg_to_fut = {}
    state = [0, 0, None]  # futures, finished, the outer future

    def _done_callback(fut):
        state[1] += 1
        outer = state[2]
        if outer is None or outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[1] == state[0]:
            results = []
            for f in children:
                if f.cancelled():
                    res = f._make_cancelled_error()
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            state[0] += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state[2] = outer
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    waiter = fut._loop.create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got " + repr(main))
    loop = new_event_loop()
    try:
        return loop.run_until_complete(loop.create_task(main))
    finally:
        try:
            pending = [t for t in loop._tasks if not t.done()]
            for t in pending:
                t.cancel()
            if pending:
                loop.run_until_complete(gather(*pending, return_exceptions=True))
        finally:
            loop.close()


def _run_workers(work, parts, size, shared):
    # How gillab's workload runner runs `async def work`: every part a task of one event loop.
    async def gather_parts():
        return await gather(*[work(part, parts, size, shared) for part in range(parts)])
    return run(gather_parts())


class _LoopBound:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(repr(self) + " is bound to a different event loop")
        return loop


class Lock(_LoopBound):
    def __init__(self):
        self._waiters = None
        self._locked = False

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError("Lock is not acquired.")

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBound):
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Semaphore(_LoopBound):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or []))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class Queue(_LoopBound):
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._queue = []
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._queue.append(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._queue.pop(0)
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()
