package org.gillab.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.function.Supplier;

import org.gillab.obj.Args;
import org.gillab.obj.NativeFn;
import org.gillab.obj.Py;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;

/**
 * The {@code time} module: clocks, and {@code sleep}, which waits with the model's lock released
 * (see {@link Blocking}).
 */
public final class TimeModule {
    private TimeModule() {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static PyModule create() {
        return new ModuleBuilder("time")
                .fn("sleep", (a, kw) -> {
                    Args.exact("sleep", a, kw, 1);
                    sleep(seconds(a[0]));
                    return Py.None;
                })
                .fn("perf_counter", clock("perf_counter", () -> new PyFloat(System.nanoTime() / 1e9)))
                .fn("perf_counter_ns", clock("perf_counter_ns", () -> PyInt.of(System.nanoTime())))
                .fn("monotonic", clock("monotonic", () -> new PyFloat(System.nanoTime() / 1e9)))
                .fn("monotonic_ns", clock("monotonic_ns", () -> PyInt.of(System.nanoTime())))
                .fn("time", clock("time", () -> {
                    Instant now = Instant.now();
                    return new PyFloat(now.getEpochSecond() + now.getNano() / 1e9);
                }))
                .fn("time_ns", clock("time_ns", () -> {
                    Instant now = Instant.now();
                    return PyInt.of(now.getEpochSecond() * 1_000_000_000L + now.getNano());
                }))
                .fn("process_time", clock("process_time", () -> new PyFloat(processNanos() / 1e9)))
                .fn("process_time_ns", clock("process_time_ns", () -> PyInt.of(processNanos())))
                .fn("thread_time", clock("thread_time", () -> new PyFloat(threadNanos() / 1e9)))
                .fn("thread_time_ns", clock("thread_time_ns", () -> PyInt.of(threadNanos())))
                .build();
    }

    /** A clock function: no arguments, a reading. */
    private static NativeFn clock(String name, Supplier<PyObject> reading) {
        return (a, kw) -> {
            Args.exact(name, a, kw, 0);
            return reading.get();
        };
    }

    /** A duration argument in seconds: an int or a float, finite and non-negative. */
    static double seconds(PyObject o) {
        double s;
        if (o instanceof PyFloat f) s = f.value;
        else if (o instanceof PyInt i) s = i.big != null ? (i.signum() < 0 ? -1 : Double.MAX_VALUE) : i.value;
        else if (o.type().lookup("__float__") != null) s = Py.asDouble(o);
        else throw Py.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        if (Double.isNaN(s)) throw Py.valueError("Invalid value NaN (not a number)");
        if (s < 0) throw Py.valueError("sleep length must be non-negative");
        if (s > 9.2e9) throw Py.overflowError("timestamp out of range for platform time_t");
        return s;
    }

    /** Sleeps {@code seconds} with the model's lock released. */
    static void sleep(double seconds) {
        long nanos = (long) (seconds * 1e9);
        Blocking.run(() -> {
            if (nanos <= 0) {
                Thread.yield();
                return null;
            }
            long deadline = System.nanoTime() + nanos;
            for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            }
            return null;
        });
    }

    /** CPU time of the process where the JVM reports it, else of the calling thread. */
    private static long processNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long t = sun.getProcessCpuTime();
            if (t >= 0) return t;
        }
        return threadNanos();
    }

    private static long threadNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
