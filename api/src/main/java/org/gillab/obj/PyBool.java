package org.gillab.obj;

import org.gillab.spi.Rc;

/** bool: a subclass of int with two immortal instances. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, PyType.Layout.FINAL);

    public static final PyBool TRUE = Rc.immortal(new PyBool(1));
    public static final PyBool FALSE = Rc.immortal(new PyBool(0));

    private PyBool(long v) {
        super(v);
    }

    @Override public PyType type() { return TYPE; }

    @Override public String repr() { return value != 0 ? "True" : "False"; }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (other instanceof PyBool o && (op == BinOps.AND || op == BinOps.OR || op == BinOps.XOR)) {
            long a = value, b = o.value;
            return Py.bool((op == BinOps.AND ? a & b : op == BinOps.OR ? a | b : a ^ b) != 0);
        }
        return super.binaryOp(op, other, reflected);
    }
}
