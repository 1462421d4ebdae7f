package org.gillab.models.gil;

import org.gillab.spi.ThreadHooks;
import org.gillab.vm.ThreadState;

/** Where CPython takes and drops the GIL, mapped onto the interpreter's thread hooks. */
final class GilHooks implements ThreadHooks {
    private final Gil gil;

    GilHooks(Gil gil) {
        this.gil = gil;
    }

    /** A new thread state becomes current: PyEval_AcquireThread / take_gil. */
    @Override
    public void attach(ThreadState ts) {
        gil.take(ts);
    }

    /** The thread is done with Python for good: drop_gil with final_release set, no forced wait. */
    @Override
    public void detach(ThreadState ts) {
        gil.drop(ts, Gil.Drop.FINAL);
    }

    /** _Py_HandlePending: on a drop request, _PyThreadState_Detach then _PyThreadState_Attach. */
    @Override
    public void onEvalBreaker(ThreadState ts) {
        if ((ts.evalBreaker & Gil.DROP_REQUEST) != 0) {
            gil.yieldOnRequest(ts);
        } else {
            ts.clearBreaker(ThreadState.MODEL_BITS); // none of this model's requests is pending; the interpreter's bits stay
        }
    }

    /** Py_BEGIN_ALLOW_THREADS: released without waiting for a taker, the root of the convoy effect. */
    @Override
    public void beforeBlocking(ThreadState ts) {
        gil.drop(ts, Gil.Drop.BLOCKING);
    }

    /** Py_END_ALLOW_THREADS. */
    @Override
    public void afterBlocking(ThreadState ts) {
        gil.take(ts);
    }
}
