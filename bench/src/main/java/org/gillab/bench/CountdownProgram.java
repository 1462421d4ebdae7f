package org.gillab.bench;

import org.gillab.compile.Code;
import org.gillab.compile.Op;
import org.gillab.lang.Source;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.spi.Rc;
import org.gillab.vm.PyFunction;

/**
 * Beazley's countdown as a Python function, compiled and defined in an interpreter under a model, and
 * called from the calling (attached) thread as a worker calls {@code work}.
 */
final class CountdownProgram implements AutoCloseable {
    static final String TEXT = """
            def countdown(n):
                while n > 0:
                    n -= 1
                return n
            """;

    private final InstalledModel installed;
    private final BoundThread thread;
    private final PyObject function;
    private final PyObject[] args;
    /** Instructions one call executes: {@code perIteration * n + fixed}. */
    final long instructionsPerCall;

    private CountdownProgram(InstalledModel installed, int iterations) {
        this.installed = installed;
        this.thread = installed.attach();
        PyModule module = installed.interpreter.newModule("countdown");
        installed.interpreter.execModule(installed.interpreter.compile(new Source("countdown.py", TEXT)), module);
        this.function = module.dict.getStr("countdown");
        this.args = new PyObject[] {PyInt.of(iterations)};
        this.instructionsPerCall = instructionsPerCall(((PyFunction) function).code, iterations);
        installed.model.beforeWorkers(installed.interpreter); // as a run does once setup is over
        thread.release();
    }

    /** Loads the program under {@code model}; the calling thread stays attached to it until {@link #close}. */
    static CountdownProgram load(String model, int iterations) {
        return new CountdownProgram(InstalledModel.install(model), iterations);
    }

    /**
     * The loop is every instruction of the function but the jump into it and the return after it; one
     * call runs the loop {@code n} times, the test once more, the entry jump and the return once.
     */
    private static long instructionsPerCall(Code code, int n) {
        int count = 0;
        for (int pc = 0; pc < code.code.length; pc += Op.length(code.code[pc] & 0xff)) count++;
        int first = code.code[0] & 0xff;
        int last = code.code[code.code.length - 1] & 0xff;
        if (first != Op.JUMP || last != Op.RETURN_VALUE || count != 7) {
            throw new IllegalStateException("countdown no longer compiles to a jump, a 4-instruction loop and a return:\n"
                    + code.disassemble() + "update CountdownProgram.instructionsPerCall");
        }
        int perIteration = count - 3; // all but JUMP, LOAD_FAST n, RETURN_VALUE
        return (long) perIteration * n + (count - 1);
    }

    /** One call of {@code countdown(n)}, the model's lock held for it. */
    void run() {
        thread.reacquire();
        PyObject r = function.call(args, null);
        Rc.decref(r);
        thread.release();
    }

    @Override
    public void close() {
        thread.reacquire();
        Rc.decref(args[0]);
        thread.detach();
        installed.close();
    }
}
