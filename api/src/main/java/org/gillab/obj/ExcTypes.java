package org.gillab.obj;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gillab.spi.Rc;

/** The built-in exception hierarchy, as in CPython's {@code Objects/exceptions.c} (the part gillab uses). */
public final class ExcTypes {
    private ExcTypes() {}

    /** Every built-in exception type by name, in definition order (for the builtins module). */
    public static final Map<String, PyType> ALL = new LinkedHashMap<>();

    public static final PyType BaseException = make("BaseException", PyType.OBJECT);
    public static final PyType SystemExit = make("SystemExit", BaseException);
    public static final PyType KeyboardInterrupt = make("KeyboardInterrupt", BaseException);
    public static final PyType GeneratorExit = make("GeneratorExit", BaseException);
    public static final PyType Exception = make("Exception", BaseException);
    public static final PyType StopIteration = make("StopIteration", Exception);
    public static final PyType StopAsyncIteration = make("StopAsyncIteration", Exception);
    public static final PyType ArithmeticError = make("ArithmeticError", Exception);
    public static final PyType FloatingPointError = make("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = make("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = make("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = make("AssertionError", Exception);
    public static final PyType AttributeError = make("AttributeError", Exception);
    public static final PyType BufferError = make("BufferError", Exception);
    public static final PyType EOFError = make("EOFError", Exception);
    public static final PyType ImportError = make("ImportError", Exception);
    public static final PyType ModuleNotFoundError = make("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = make("LookupError", Exception);
    public static final PyType IndexError = make("IndexError", LookupError);
    public static final PyType KeyError = make("KeyError", LookupError);
    public static final PyType MemoryError = make("MemoryError", Exception);
    public static final PyType NameError = make("NameError", Exception);
    public static final PyType UnboundLocalError = make("UnboundLocalError", NameError);
    public static final PyType OSError = make("OSError", Exception);
    public static final PyType ConnectionError = make("ConnectionError", OSError);
    public static final PyType BrokenPipeError = make("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionResetError = make("ConnectionResetError", ConnectionError);
    public static final PyType TimeoutError = make("TimeoutError", OSError);
    public static final PyType RuntimeError = make("RuntimeError", Exception);
    public static final PyType NotImplementedError = make("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = make("RecursionError", RuntimeError);
    public static final PyType SyntaxError = make("SyntaxError", Exception);
    public static final PyType IndentationError = make("IndentationError", SyntaxError);
    public static final PyType TabError = make("TabError", IndentationError);
    public static final PyType SystemError = make("SystemError", Exception);
    public static final PyType TypeError = make("TypeError", Exception);
    public static final PyType ValueError = make("ValueError", Exception);
    public static final PyType UnicodeError = make("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = make("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = make("UnicodeEncodeError", UnicodeError);

    private static PyType make(String name, PyType base) {
        PyType t = PyType.builtin(name, base, PyType.Layout.EXCEPTION);
        ALL.put(name, t);
        return t;
    }

    static {
        BaseException.def("__init__", (self, args, kw) -> {
            PyBaseException e = (PyBaseException) self;
            PyObject[] copy = args.clone();
            for (PyObject a : copy) Rc.incref(a);
            PyTuple old = e.args;
            e.args = new PyTuple(copy);
            Rc.decref(old);
            return Py.None;
        });
        BaseException.def("__str__", (self, args, kw) -> Py.str(((PyBaseException) self).baseStr()));
        BaseException.def("__repr__", (self, args, kw) -> Py.str(((PyBaseException) self).baseRepr()));
        BaseException.def("with_traceback", (self, args, kw) -> Rc.newRef(self));
    }
}
