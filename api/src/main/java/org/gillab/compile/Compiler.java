package org.gillab.compile;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.gillab.lang.Ast;
import org.gillab.lang.Ast.*;
import org.gillab.lang.Source;
import org.gillab.lang.SourceError;
import org.gillab.obj.BinOps;
import org.gillab.obj.CmpOp;
import org.gillab.obj.Py;
import org.gillab.obj.PyBool;
import org.gillab.obj.PyBytes;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyStr;
import org.gillab.obj.PySet;
import org.gillab.obj.PyTuple;
import org.gillab.spi.Rc;

/**
 * Compiles a module's syntax tree to code objects, one per scope. Each statement and expression
 * becomes stack-machine instructions ({@link Op}); names become slots, cells or global lookups as
 * {@link Symtable} decided; {@code try}, {@code with} and loops keep a stack of blocks so that
 * {@code return}, {@code break} and {@code continue} unwind them (running {@code finally} bodies,
 * calling {@code __exit__}, dropping iterators) exactly as CPython's compiler does.
 */
public final class Compiler {
    /** The blocks a jump out of the middle of a statement has to unwind. */
    private enum BlockKind { FOR, WHILE, TRY_EXCEPT, TRY_FINALLY, HANDLER, FINALLY_END, WITH, POP_VALUE, ASYNC_WITH }

    private static final class Block {
        final BlockKind kind;
        final CodeBuilder.Label start, exit;
        final CodeBuilder.Region region;
        final List<Stmt> finalbody;
        final String handlerName;

        Block(BlockKind kind, CodeBuilder.Label start, CodeBuilder.Label exit, CodeBuilder.Region region,
              List<Stmt> finalbody, String handlerName) {
            this.kind = kind;
            this.start = start;
            this.exit = exit;
            this.region = region;
            this.finalbody = finalbody;
            this.handlerName = handlerName;
        }
    }

    /** The code object being compiled. */
    private static final class Unit {
        final Scope scope;
        final CodeBuilder b = new CodeBuilder();
        final Deque<Block> blocks = new ArrayDeque<>();
        final String qualname;

        Unit(Scope scope, String qualname) {
            this.scope = scope;
            this.qualname = qualname;
        }
    }

    private final Source src;
    private final Symtable st;
    private Unit u;

    private Compiler(Source src, Symtable st) {
        this.src = src;
        this.st = st;
    }

    /** Compiles a parsed module. Compile-time errors (e.g. 'return' outside function) are SourceErrors. */
    public static Code compileModule(Ast.Module m, Source src) {
        Symtable st = Symtable.build(m, src);
        Compiler c = new Compiler(src, st);
        c.u = new Unit(st.scopes.get(m), "<module>");
        c.u.b.line = 1;
        c.stmts(m.body());
        c.u.b.emit(Op.LOAD_CONST, c.constNone());
        c.u.b.emit(Op.RETURN_VALUE);
        return c.finish("<module>", 1, Code.MODULE, 0, 0);
    }

    private Code finish(String name, int firstLine, int flags, int argcount, int kwonly) {
        Scope s = u.scope;
        int[] cell2arg = new int[s.cellnames.size()];
        for (int i = 0; i < cell2arg.length; i++) cell2arg[i] = s.kind == Scope.Kind.FUNCTION ? s.varnames.indexOf(s.cellnames.get(i)) : -1;
        for (int i = 0; i < cell2arg.length; i++) if (cell2arg[i] >= argcount + kwonly + ((flags & Code.VARARGS) != 0 ? 1 : 0) + ((flags & Code.VARKW) != 0 ? 1 : 0)) cell2arg[i] = -1;
        if (s.generator) flags |= Code.GENERATOR;
        if (s.coroutine) flags |= Code.GENERATOR | Code.COROUTINE;
        return u.b.build(name, u.qualname, src.name(), firstLine, flags, s.varnames.toArray(new String[0]),
                s.cellnames.toArray(new String[0]), s.freenames.toArray(new String[0]), argcount, kwonly, cell2arg);
    }

    private SourceError error(String msg, Ast.Node at) {
        return SourceError.syntax(msg, src, at.line(), at.col());
    }

    // ---------------------------------------------------------------- constants

    private int constNone() {
        return u.b.constant("None", Py.None);
    }

    private int constOf(Object v) {
        if (v == Ast.NONE) return constNone();
        if (v == Ast.ELLIPSIS) return u.b.constant("...", Py.Ellipsis);
        if (v instanceof Boolean bo) return u.b.constant(bo, Py.bool(bo));
        if (v instanceof Long l) return u.b.constant(List.of("int", l), Rc.immortal(PyInt.of(l)));
        if (v instanceof BigInteger bi) return u.b.constant(List.of("int", bi), Rc.immortal(PyInt.of(bi)));
        if (v instanceof Double d) return u.b.constant(List.of("float", Double.doubleToRawLongBits(d)), Rc.immortal(new PyFloat(d)));
        if (v instanceof String s) return u.b.constant(List.of("str", s), PyStr.intern(s));
        if (v instanceof Ast.Bytes b) return u.b.constant(b, Rc.immortal(new PyBytes(b.data())));
        throw new IllegalArgumentException("constant " + v);
    }

    private int constObject(PyObject o) {
        return u.b.constant(new Object(), o);
    }

    private int constStrings(List<String> names) {
        PyObject[] items = new PyObject[names.size()];
        for (int i = 0; i < items.length; i++) items[i] = PyStr.intern(names.get(i));
        return u.b.constant(List.of("names", names), Rc.immortal(new PyTuple(items)));
    }

    // ---------------------------------------------------------------- names

    private void loadName(String n) {
        switch (u.scope.binding(n)) {
            case LOCAL: u.b.emit(Op.LOAD_FAST, slot(n, Scope.Binding.LOCAL)); break;
            case CELL: case FREE: u.b.emit(Op.LOAD_DEREF, slot(n, u.scope.binding(n))); break;
            case GLOBAL: u.b.emit(Op.LOAD_GLOBAL, u.b.name(n)); break;
            default: u.b.emit(Op.LOAD_NAME, u.b.name(n));
        }
    }

    private void storeName(String n) {
        switch (u.scope.binding(n)) {
            case LOCAL: u.b.emit(Op.STORE_FAST, slot(n, Scope.Binding.LOCAL)); break;
            case CELL: case FREE: u.b.emit(Op.STORE_DEREF, slot(n, u.scope.binding(n))); break;
            case GLOBAL: u.b.emit(Op.STORE_GLOBAL, u.b.name(n)); break;
            default: u.b.emit(Op.STORE_NAME, u.b.name(n));
        }
    }

    private void deleteName(String n) {
        switch (u.scope.binding(n)) {
            case LOCAL: u.b.emit(Op.DELETE_FAST, slot(n, Scope.Binding.LOCAL)); break;
            case CELL: case FREE: u.b.emit(Op.DELETE_DEREF, slot(n, u.scope.binding(n))); break;
            case GLOBAL: u.b.emit(Op.DELETE_GLOBAL, u.b.name(n)); break;
            default: u.b.emit(Op.DELETE_NAME, u.b.name(n));
        }
    }

    private int slot(String n, Scope.Binding b) {
        Scope s = u.scope;
        switch (b) {
            case LOCAL: return s.varnames.indexOf(n);
            case CELL: return s.varnames.size() + s.cellnames.indexOf(n);
            default: return s.varnames.size() + s.cellnames.size() + s.freenames.indexOf(n);
        }
    }

    /**
     * The packed argument of a fused receiver instruction ({@code local.attr}): slot | name << 8, or
     * -1 when {@code e} is not a plain local or the numbers do not fit.
     */
    private int fastReceiver(Expr e, String attr) {
        if (!(e instanceof Name n) || u.scope.binding(n.id()) != Scope.Binding.LOCAL) return -1;
        int slot = slot(n.id(), Scope.Binding.LOCAL);
        int name = u.b.name(attr);
        return slot < 256 && name < (1 << 16) ? slot | name << 8 : -1;
    }

    /** Pushes the cell for {@code n} (to build a closure). */
    private void loadClosure(String n) {
        Scope.Binding b = u.scope.binding(n);
        if (b != Scope.Binding.CELL && b != Scope.Binding.FREE) throw new IllegalStateException("no cell for " + n);
        u.b.emit(Op.LOAD_CLOSURE, slot(n, b));
    }

    // ---------------------------------------------------------------- statements

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void stmt(Stmt s) {
        int savedLine = u.b.line;
        u.b.line = s.line();
        try {
            stmtBody(s);
        } finally {
            u.b.line = savedLine;
        }
    }

    private void stmtBody(Stmt s) {
        CodeBuilder b = u.b;
        if (s instanceof ExprStmt e) {
            expr(e.value());
            b.emit(Op.POP_TOP);
        } else if (s instanceof Assign a) {
            expr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) b.emit(Op.DUP_TOP);
                store(a.targets().get(i));
            }
        } else if (s instanceof AugAssign a) {
            augAssign(a);
        } else if (s instanceof AnnAssign a) {
            if (a.value() != null) {
                expr(a.value());
                store(a.target());
            }
        } else if (s instanceof If i) {
            CodeBuilder.Label orelse = new CodeBuilder.Label(), end = new CodeBuilder.Label();
            jumpIf(i.test(), false, orelse);
            stmts(i.body());
            if (!i.orelse().isEmpty()) {
                if (b.reachable()) b.jump(Op.JUMP, end);
                b.place(orelse);
                stmts(i.orelse());
            } else {
                b.place(orelse);
            }
            b.place(end);
        } else if (s instanceof While w) {
            whileLoop(w);
        } else if (s instanceof For f) {
            forLoop(f);
        } else if (s instanceof Break br) {
            breakOrContinue(br, true);
        } else if (s instanceof Continue c) {
            breakOrContinue(c, false);
        } else if (s instanceof Return r) {
            if (!u.scope.isFunction()) throw error("'return' outside function", r);
            if (r.value() != null) expr(r.value());
            else b.emit(Op.LOAD_CONST, constNone());
            Deque<Block> saved = new ArrayDeque<>(u.blocks);
            List<CodeBuilder.Region> paused = new ArrayList<>();
            while (!u.blocks.isEmpty()) unwindOne(u.blocks.pop(), true, paused);
            b.emit(Op.RETURN_VALUE);
            restore(saved, paused);
        } else if (s instanceof Pass) {
            // nothing
        } else if (s instanceof FunctionDef f) {
            functionDef(f);
        } else if (s instanceof AsyncFunctionDef af) {
            functionDef(af.def());
        } else if (s instanceof AsyncFor af) {
            asyncForLoop(af.loop());
        } else if (s instanceof AsyncWith aw) {
            asyncWith(aw.with(), 0);
        } else if (s instanceof ClassDef c) {
            classDef(c);
        } else if (s instanceof Delete d) {
            for (Expr t : d.targets()) delete(t);
        } else if (s instanceof Raise r) {
            int n = 0;
            if (r.exc() != null) {
                expr(r.exc());
                n = 1;
                if (r.cause() != null) {
                    expr(r.cause());
                    n = 2;
                }
            }
            b.emit(Op.RAISE_VARARGS, n);
        } else if (s instanceof Try t) {
            if (!t.finalbody().isEmpty()) tryFinally(t);
            else tryExcept(t.body(), t.handlers(), t.orelse());
        } else if (s instanceof With w) {
            with(w, 0);
        } else if (s instanceof Assert a) {
            CodeBuilder.Label end = new CodeBuilder.Label();
            jumpIf(a.test(), true, end);
            b.emit(Op.LOAD_ASSERTION_ERROR);
            if (a.msg() != null) {
                expr(a.msg());
                b.emit(Op.CALL, 1);
            }
            b.emit(Op.RAISE_VARARGS, 1);
            b.place(end);
        } else if (s instanceof Import im) {
            for (Alias a : im.names()) {
                b.emit(Op.IMPORT_NAME, b.name(a.name()));
                if (a.asname() != null || !a.name().contains(".")) storeName(a.asname() != null ? a.asname() : a.name());
                else storeName(a.name().split("\\.")[0]);
            }
        } else if (s instanceof ImportFrom im) {
            if (im.level() > 0) throw error("relative imports are not supported by gillab", im);
            b.emit(Op.IMPORT_NAME, b.name(im.module()));
            for (Alias a : im.names()) {
                b.emit(Op.IMPORT_FROM, b.name(a.name()));
                storeName(a.asname() != null ? a.asname() : a.name());
            }
            b.emit(Op.POP_TOP);
        } else if (s instanceof Global || s instanceof Nonlocal) {
            // resolved by the symbol table
        } else {
            throw error("unsupported statement", s);
        }
    }

    /**
     * {@code while}: the test sits at the bottom (entered once from the top), so each iteration runs
     * one conditional jump instead of a test, a jump out and a jump back, as CPython 3.11 lays it out.
     * The backward conditional jump polls the eval breaker like JUMP_BACKWARD.
     */
    private void whileLoop(While w) {
        CodeBuilder b = u.b;
        CodeBuilder.Label body = new CodeBuilder.Label(), test = new CodeBuilder.Label(),
                orelse = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        b.jump(Op.JUMP, test);
        b.place(body);
        u.blocks.push(new Block(BlockKind.WHILE, test, end, null, null, null));
        stmts(w.body());
        u.blocks.pop();
        b.place(test);
        int savedLine = b.line;
        b.line = w.line();
        jumpIf(w.test(), true, body);
        b.line = savedLine;
        b.place(orelse);
        stmts(w.orelse());
        b.place(end);
    }

    private void forLoop(For f) {
        CodeBuilder b = u.b;
        iterable(f.iter());
        b.emit(Op.GET_ITER);
        CodeBuilder.Label top = new CodeBuilder.Label(), exhausted = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        b.place(top);
        b.jump(Op.FOR_ITER, exhausted);
        store(f.target());
        u.blocks.push(new Block(BlockKind.FOR, top, end, null, null, null));
        stmts(f.body());
        u.blocks.pop();
        if (b.reachable()) b.jump(Op.JUMP_BACKWARD, top);
        b.place(exhausted);
        stmts(f.orelse());
        b.place(end);
    }

    private void breakOrContinue(Stmt s, boolean isBreak) {
        Block loop = null;
        for (Block bl : u.blocks) {
            if (bl.kind == BlockKind.FOR || bl.kind == BlockKind.WHILE) {
                loop = bl;
                break;
            }
        }
        if (loop == null) throw error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
        List<CodeBuilder.Region> paused = new ArrayList<>();
        Deque<Block> saved = new ArrayDeque<>(u.blocks);
        while (u.blocks.peek() != loop) unwindOne(u.blocks.pop(), false, paused);
        if (isBreak) {
            if (loop.kind == BlockKind.FOR) u.b.emit(Op.POP_TOP);
            u.b.jump(Op.JUMP, loop.exit);
        } else {
            u.b.jump(Op.JUMP_BACKWARD, loop.start);
        }
        restore(saved, paused);
    }

    private void restore(Deque<Block> saved, List<CodeBuilder.Region> paused) {
        u.blocks.clear();
        u.blocks.addAll(saved);
        for (CodeBuilder.Region r : paused) u.b.resume(r);
    }

    /** Emits what leaving {@code bl} early takes. */
    private void unwindOne(Block bl, boolean preserveTop, List<CodeBuilder.Region> paused) {
        CodeBuilder b = u.b;
        if (bl.region != null) {
            b.pause(bl.region);
            paused.add(bl.region);
        }
        switch (bl.kind) {
            case FOR:
                if (preserveTop) b.emit(Op.ROT_TWO);
                b.emit(Op.POP_TOP);
                break;
            case WHILE:
            case TRY_EXCEPT:
                break;
            case TRY_FINALLY:
                // a return's value waits on the stack while the finally body runs: a break or
                // continue inside that body must drop it (CPython's POP_VALUE block)
                if (preserveTop) u.blocks.push(new Block(BlockKind.POP_VALUE, null, null, null, null, null));
                stmts(bl.finalbody);
                if (preserveTop) u.blocks.pop();
                break;
            case POP_VALUE:
                if (preserveTop) b.emit(Op.ROT_TWO);
                b.emit(Op.POP_TOP);
                break;
            case HANDLER:
                if (preserveTop) b.emit(Op.ROT_TWO);
                b.emit(Op.POP_EXCEPT);
                if (bl.handlerName != null) {
                    b.emit(Op.LOAD_CONST, constNone());
                    storeName(bl.handlerName);
                    deleteName(bl.handlerName);
                }
                break;
            case FINALLY_END:
                if (preserveTop) b.emit(Op.ROT_THREE);
                b.emit(Op.POP_TOP);
                b.emit(Op.POP_EXCEPT);
                break;
            case WITH:
                if (preserveTop) b.emit(Op.ROT_TWO);
                b.emit(Op.WITH_EXIT);
                break;
            case ASYNC_WITH:
                if (preserveTop) b.emit(Op.ROT_TWO);
                asyncExitWithNones();
                break;
            default:
                throw new IllegalStateException();
        }
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        CodeBuilder b = u.b;
        CodeBuilder.Label handler = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        CodeBuilder.Region region = b.openRegion(handler);
        int depth = b.depth();
        u.blocks.push(new Block(BlockKind.TRY_EXCEPT, null, null, region, null, null));
        stmts(body);
        u.blocks.pop();
        b.closeRegion(region);
        stmts(orelse);
        if (b.reachable()) b.jump(Op.JUMP, end);

        // the handler: [exc] -> [prev, exc]
        b.place(handler);
        b.setDepth(depth + 1);
        b.emit(Op.PUSH_EXC_INFO);
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Region cleanupRegion = b.openRegion(cleanup, depth + 1);
        for (int hi = 0; hi < handlers.size(); hi++) {
            ExceptHandler h = handlers.get(hi);
            if (h.type() == null && hi < handlers.size() - 1) throw error("default 'except:' must be last", h);
            int savedLine = b.line;
            b.line = h.line();
            CodeBuilder.Label next = new CodeBuilder.Label();
            if (h.type() != null) {
                expr(h.type());
                b.emit(Op.CHECK_EXC_MATCH);
                b.jump(Op.POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) storeName(h.name());
            else b.emit(Op.POP_TOP);
            u.blocks.push(new Block(BlockKind.HANDLER, null, null, cleanupRegion, null, h.name()));
            stmts(h.body());
            u.blocks.pop();
            if (b.reachable()) {
                b.emit(Op.POP_EXCEPT);
                if (h.name() != null) {
                    b.emit(Op.LOAD_CONST, constNone());
                    storeName(h.name());
                    deleteName(h.name());
                }
                b.jump(Op.JUMP, end);
            }
            b.line = savedLine;
            b.place(next);
            if (h.type() == null) break;
        }
        if (handlers.isEmpty() || handlers.get(handlers.size() - 1).type() != null) {
            b.setDepth(depth + 2);
            b.emit(Op.RERAISE);
        }
        b.closeRegion(cleanupRegion);
        b.place(cleanup);
        b.setDepth(depth + 2);
        b.emit(Op.POP_EXCEPT_RERAISE);
        b.place(end);
    }

    private void tryFinally(Try t) {
        CodeBuilder b = u.b;
        CodeBuilder.Label handler = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        CodeBuilder.Region region = b.openRegion(handler);
        b.markTryFinallyStart();
        int depth = b.depth();
        u.blocks.push(new Block(BlockKind.TRY_FINALLY, null, null, region, t.finalbody(), null));
        if (t.handlers().isEmpty()) {
            stmts(t.body());
            stmts(t.orelse());
        } else {
            tryExcept(t.body(), t.handlers(), t.orelse());
        }
        u.blocks.pop();
        b.closeRegion(region);
        if (b.reachable()) {
            stmts(t.finalbody());
            if (b.reachable()) b.jump(Op.JUMP, end);
        }
        // exceptional path: [exc] -> [prev, exc], run the body, re-raise
        b.place(handler);
        b.setDepth(depth + 1);
        b.emit(Op.PUSH_EXC_INFO);
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Region cleanupRegion = b.openRegion(cleanup, depth + 1);
        u.blocks.push(new Block(BlockKind.FINALLY_END, null, null, cleanupRegion, null, null));
        stmts(t.finalbody());
        u.blocks.pop();
        if (b.reachable()) b.emit(Op.RERAISE);
        b.closeRegion(cleanupRegion);
        b.place(cleanup);
        b.setDepth(depth + 2);
        b.emit(Op.POP_EXCEPT_RERAISE);
        b.place(end);
    }

    private void with(With w, int item) {
        CodeBuilder b = u.b;
        WithItem it = w.items().get(item);
        expr(it.contextExpr());
        b.emit(Op.BEFORE_WITH);
        int depth = b.depth() - 1; // the depth with __exit__ on the stack, below __enter__'s result
        if (it.optionalVars() != null) store(it.optionalVars());
        else b.emit(Op.POP_TOP);
        CodeBuilder.Label handler = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        CodeBuilder.Region region = b.openRegion(handler);
        u.blocks.push(new Block(BlockKind.WITH, null, null, region, null, null));
        if (item + 1 < w.items().size()) with(w, item + 1);
        else stmts(w.body());
        u.blocks.pop();
        b.closeRegion(region);
        if (b.reachable()) {
            b.emit(Op.WITH_EXIT);
            b.jump(Op.JUMP, end);
        }
        // [exit, exc] -> [exit, prev, exc]; call exit(type, exc, None); a true result suppresses
        exitOnException(handler, end, depth, false);
    }

    /**
     * A with statement's handler: {@code [exit, exc] -> [exit, prev, exc]}, call (for async with, await)
     * {@code exit(type, exc, None)}; a true result suppresses the exception, else it is re-raised.
     */
    private void exitOnException(CodeBuilder.Label handler, CodeBuilder.Label end, int depth, boolean await) {
        CodeBuilder b = u.b;
        b.place(handler);
        b.setDepth(depth + 1);
        b.emit(Op.PUSH_EXC_INFO);
        CodeBuilder.Label cleanup = new CodeBuilder.Label(), suppress = new CodeBuilder.Label();
        CodeBuilder.Region cleanupRegion = b.openRegion(cleanup, depth + 1);
        b.emit(Op.WITH_EXCEPT_START);
        if (await) {
            b.emit(Op.GET_AWAITABLE);
            awaitLoop();
        }
        b.jump(Op.POP_JUMP_IF_TRUE, suppress);
        b.emit(Op.RERAISE);
        b.closeRegion(cleanupRegion);
        b.place(suppress);
        b.emit(Op.POP_TOP);
        b.emit(Op.POP_EXCEPT);
        b.emit(Op.POP_TOP);
        b.jump(Op.JUMP, end);
        b.place(cleanup);
        b.setDepth(depth + 2);
        b.emit(Op.POP_EXCEPT_RERAISE);
        b.place(end);
    }

    // ---------------------------------------------------------------- coroutines

    /**
     * The loop that awaits the iterator on top of the stack, as CPython 3.11 compiles {@code await}:
     * send None, then whatever the frame is resumed with, into it; each value it yields is yielded
     * by this frame (up to the task that drives it); when it returns, its result replaces it.
     */
    private void awaitLoop() {
        CodeBuilder b = u.b;
        CodeBuilder.Label send = new CodeBuilder.Label(), exit = new CodeBuilder.Label();
        b.emit(Op.LOAD_CONST, constNone());
        b.place(send);
        b.jump(Op.SEND, exit);
        b.emit(Op.YIELD_VALUE);
        b.jump(Op.JUMP_BACKWARD, send);
        b.place(exit);
    }

    /** [aexit] -> []: {@code await aexit(None, None, None)}, the result dropped. */
    private void asyncExitWithNones() {
        CodeBuilder b = u.b;
        for (int i = 0; i < 3; i++) b.emit(Op.LOAD_CONST, constNone());
        b.emit(Op.CALL, 3);
        b.emit(Op.GET_AWAITABLE);
        awaitLoop();
        b.emit(Op.POP_TOP);
    }

    /** {@code async for}: like a for loop over {@code __aiter__()}, each item {@code await __anext__()}, until StopAsyncIteration. */
    private void asyncForLoop(For f) {
        CodeBuilder b = u.b;
        expr(f.iter());
        b.emit(Op.GET_AITER);
        int depth = b.depth(); // [aiter]
        CodeBuilder.Label top = new CodeBuilder.Label(), exhausted = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        b.place(top);
        CodeBuilder.Region region = b.openRegion(exhausted);
        b.emit(Op.GET_ANEXT);
        b.emit(Op.GET_AWAITABLE);
        awaitLoop();
        b.closeRegion(region);
        store(f.target());
        u.blocks.push(new Block(BlockKind.FOR, top, end, null, null, null));
        stmts(f.body());
        u.blocks.pop();
        if (b.reachable()) b.jump(Op.JUMP_BACKWARD, top);
        b.place(exhausted);
        b.setDepth(depth + 1); // [aiter, exc]
        b.emit(Op.END_ASYNC_FOR);
        stmts(f.orelse());
        b.place(end);
    }

    /** {@code async with}: {@link #with}, with {@code __aenter__}/{@code __aexit__} and their results awaited. */
    private void asyncWith(With w, int item) {
        CodeBuilder b = u.b;
        WithItem it = w.items().get(item);
        expr(it.contextExpr());
        b.emit(Op.BEFORE_ASYNC_WITH);
        b.emit(Op.GET_AWAITABLE);
        awaitLoop();
        int depth = b.depth() - 1; // the depth with __aexit__ on the stack, below __aenter__'s result
        if (it.optionalVars() != null) store(it.optionalVars());
        else b.emit(Op.POP_TOP);
        CodeBuilder.Label handler = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        CodeBuilder.Region region = b.openRegion(handler);
        u.blocks.push(new Block(BlockKind.ASYNC_WITH, null, null, region, null, null));
        if (item + 1 < w.items().size()) asyncWith(w, item + 1);
        else stmts(w.body());
        u.blocks.pop();
        b.closeRegion(region);
        if (b.reachable()) {
            asyncExitWithNones();
            b.jump(Op.JUMP, end);
        }
        // [aexit, exc] -> [aexit, prev, exc]; await aexit(type, exc, None); a true result suppresses
        exitOnException(handler, end, depth, true);
    }

    private void augAssign(AugAssign a) {
        CodeBuilder b = u.b;
        int op = binOp(a.op());
        Expr t = a.target();
        if (t instanceof Name n && u.scope.binding(n.id()) == Scope.Binding.LOCAL && a.value() instanceof Constant c
                && (c.value() instanceof Long || c.value() instanceof Double)) {
            b.emit(Op.INPLACE_FAST_CONST, slot(n.id(), Scope.Binding.LOCAL), op | constOf(c.value()) << 8);
            return;
        }
        if (t instanceof Name n) {
            loadName(n.id());
            expr(a.value());
            b.emit(Op.INPLACE_OP, op);
            storeName(n.id());
        } else if (t instanceof Attribute at) {
            expr(at.value());
            b.emit(Op.DUP_TOP);
            b.emit(Op.LOAD_ATTR, b.name(at.attr()));
            expr(a.value());
            b.emit(Op.INPLACE_OP, op);
            b.emit(Op.ROT_TWO);
            b.emit(Op.STORE_ATTR, b.name(at.attr()));
        } else if (t instanceof Subscript sub) {
            expr(sub.value());
            subscriptKey(sub.slice());
            b.emit(Op.DUP_TOP_TWO);
            b.emit(Op.BINARY_SUBSCR);
            expr(a.value());
            b.emit(Op.INPLACE_OP, op);
            b.emit(Op.ROT_THREE);
            b.emit(Op.STORE_SUBSCR);
        } else {
            throw error("'" + describe(t) + "' is an illegal expression for augmented assignment", t);
        }
    }

    private void store(Expr t) {
        CodeBuilder b = u.b;
        if (t instanceof Name n) {
            storeName(n.id());
        } else if (t instanceof Attribute a) {
            int fused = fastReceiver(a.value(), a.attr());
            if (fused >= 0) {
                b.emit(Op.STORE_FAST_ATTR, fused);
            } else {
                expr(a.value());
                b.emit(Op.STORE_ATTR, b.name(a.attr()));
            }
        } else if (t instanceof Subscript s) {
            expr(s.value());
            subscriptKey(s.slice());
            b.emit(Op.STORE_SUBSCR);
        } else if (t instanceof TupleExpr || t instanceof ListExpr) {
            List<Expr> elts = t instanceof TupleExpr te ? te.elts() : ((ListExpr) t).elts();
            int star = -1;
            for (int i = 0; i < elts.size(); i++) {
                if (elts.get(i) instanceof Starred) {
                    if (star >= 0) throw error("multiple starred expressions in assignment", elts.get(i));
                    star = i;
                }
            }
            if (star < 0) {
                b.emit(Op.UNPACK_SEQUENCE, elts.size());
            } else {
                b.emit(Op.UNPACK_EX, star | (elts.size() - star - 1) << 8);
            }
            for (Expr e : elts) store(e instanceof Starred st ? st.value() : e);
        } else if (t instanceof Starred s) {
            throw error("starred assignment target must be in a list or tuple", s);
        } else {
            throw error("cannot assign to " + describe(t) + " here. Maybe you meant '==' instead of '='?", t);
        }
    }

    private void delete(Expr t) {
        CodeBuilder b = u.b;
        if (t instanceof Name n) {
            deleteName(n.id());
        } else if (t instanceof Attribute a) {
            expr(a.value());
            b.emit(Op.DELETE_ATTR, b.name(a.attr()));
        } else if (t instanceof Subscript s) {
            expr(s.value());
            subscriptKey(s.slice());
            b.emit(Op.DELETE_SUBSCR);
        } else if (t instanceof TupleExpr te) {
            for (Expr e : te.elts()) delete(e);
        } else if (t instanceof ListExpr le) {
            for (Expr e : le.elts()) delete(e);
        } else {
            throw error("cannot delete " + describe(t), t);
        }
    }

    private static String describe(Expr e) {
        if (e instanceof Call) return "function call";
        if (e instanceof Constant c) {
            if (c.value() == Ast.NONE) return "None";
            if (c.value() instanceof Boolean b) return b ? "True" : "False";
            return "literal";
        }
        if (e instanceof BinOp || e instanceof UnaryOp) return "expression";
        if (e instanceof BoolOp) return "expression";
        if (e instanceof Compare) return "comparison";
        if (e instanceof Lambda) return "lambda";
        if (e instanceof IfExp) return "conditional expression";
        if (e instanceof JoinedStr) return "f-string expression";
        if (e instanceof ListComp) return "list comprehension";
        if (e instanceof DictExpr) return "dict literal";
        if (e instanceof SetExpr) return "set display";
        if (e instanceof TupleExpr) return "tuple";
        if (e instanceof GeneratorExp) return "generator expression";
        if (e instanceof Yield) return "yield expression";
        return "expression";
    }

    // ---------------------------------------------------------------- functions and classes

    private String childQualname(String name) {
        if (u.scope.kind == Scope.Kind.MODULE) return name;
        if (u.scope.kind == Scope.Kind.CLASS) return u.qualname + "." + name;
        return u.qualname + ".<locals>." + name;
    }

    /** Pushes defaults / kw defaults / closure / code and emits MAKE_FUNCTION. */
    private void makeFunction(Code code, Scope child, Arguments args) {
        CodeBuilder b = u.b;
        int flags = 0;
        if (args != null && !args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) expr(d);
            b.emit(Op.BUILD_TUPLE, args.defaults().size());
            flags |= 1;
        }
        if (args != null) {
            int n = 0;
            for (int i = 0; i < args.kwonly().size(); i++) {
                Expr d = args.kwDefaults().get(i);
                if (d == null) continue;
                b.emit(Op.LOAD_CONST, constOf(args.kwonly().get(i).name()));
                expr(d);
                n++;
            }
            if (n > 0) {
                b.emit(Op.BUILD_MAP, n);
                flags |= 2;
            }
        }
        if (!child.freenames.isEmpty()) {
            for (String f : child.freenames) loadClosure(f);
            b.emit(Op.BUILD_TUPLE, child.freenames.size());
            flags |= 8;
        }
        b.emit(Op.LOAD_CONST, constObject(code));
        b.emit(Op.MAKE_FUNCTION, flags);
    }

    private Code compileFunctionBody(Scope child, String name, String qualname, Arguments args, int firstLine,
                                     java.util.function.Consumer<Compiler> body) {
        Unit saved = u;
        u = new Unit(child, qualname);
        u.b.line = firstLine;
        try {
            body.accept(this);
            if (u.b.reachable()) {
                u.b.emit(Op.LOAD_CONST, constNone());
                u.b.emit(Op.RETURN_VALUE);
            }
            int flags = 0;
            if (args != null && args.vararg() != null) flags |= Code.VARARGS;
            if (args != null && args.kwarg() != null) flags |= Code.VARKW;
            int argc = args == null ? 1 : args.args().size();
            int kwonly = args == null ? 0 : args.kwonly().size();
            return finish(name, firstLine, flags, argc, kwonly);
        } finally {
            u = saved;
        }
    }

    private void functionDef(FunctionDef f) {
        for (Expr d : f.decorators()) expr(d);
        Scope child = st.scopes.get(f);
        String qual = childQualname(f.name());
        Code code = compileFunctionBody(child, f.name(), qual, f.args(), f.line(), c -> c.stmts(f.body()));
        makeFunction(code, child, f.args());
        for (int i = 0; i < f.decorators().size(); i++) u.b.emit(Op.CALL, 1);
        storeName(f.name());
    }

    private void classDef(ClassDef c) {
        CodeBuilder b = u.b;
        if (!c.keywords().isEmpty()) throw error("class keywords (metaclass=...) are not supported by gillab", c);
        if (c.bases().size() > 1) throw error("multiple inheritance is not supported by gillab", c);
        for (Expr d : c.decorators()) expr(d);
        Scope child = st.scopes.get(c);
        String qual = childQualname(c.name());
        Unit saved = u;
        u = new Unit(child, qual);
        u.b.line = c.line();
        Code code;
        try {
            stmts(c.body());
            if (child.cellnames.contains("__class__")) {
                u.b.emit(Op.LOAD_CLOSURE, child.varnames.size() + child.cellnames.indexOf("__class__"));
            } else {
                u.b.emit(Op.LOAD_CONST, constNone());
            }
            u.b.emit(Op.RETURN_VALUE);
            code = finish(c.name(), c.line(), Code.CLASS_BODY, 0, 0);
        } finally {
            u = saved;
        }
        makeFunction(code, child, null);
        for (Expr base : c.bases()) expr(base);
        b.emit(Op.BUILD_CLASS, b.name(c.name()) | c.bases().size() << 16);
        for (int i = 0; i < c.decorators().size(); i++) b.emit(Op.CALL, 1);
        storeName(c.name());
    }

    // ---------------------------------------------------------------- expressions

    private void expr(Expr e) {
        CodeBuilder b = u.b;
        int savedLine = b.line;
        b.line = e.line();
        try {
            exprBody(e);
        } finally {
            b.line = savedLine;
        }
    }

    private void exprBody(Expr e) {
        CodeBuilder b = u.b;
        if (e instanceof Await a) {
            expr(a.value());
            b.emit(Op.GET_AWAITABLE);
            awaitLoop();
            return;
        }
        if (e instanceof Name n) {
            loadName(n.id());
        } else if (e instanceof Constant c) {
            b.emit(Op.LOAD_CONST, constOf(c.value()));
        } else if (e instanceof BinOp bo) {
            expr(bo.left());
            expr(bo.right());
            b.emit(Op.BINARY_OP, binOp(bo.op()));
        } else if (e instanceof UnaryOp uo) {
            Object neg = negatedConstant(uo);
            if (neg != null) {
                b.emit(Op.LOAD_CONST, constOf(neg));
                return;
            }
            expr(uo.operand());
            switch (uo.op()) {
                case NEG: b.emit(Op.UNARY_NEG); break;
                case POS: b.emit(Op.UNARY_POS); break;
                case INVERT: b.emit(Op.UNARY_INVERT); break;
                default: b.emit(Op.UNARY_NOT);
            }
        } else if (e instanceof BoolOp bo) {
            CodeBuilder.Label end = new CodeBuilder.Label();
            List<Expr> vs = bo.values();
            for (int i = 0; i < vs.size() - 1; i++) {
                expr(vs.get(i));
                b.jump(bo.isAnd() ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
            }
            expr(vs.get(vs.size() - 1));
            b.place(end);
        } else if (e instanceof Compare c) {
            compare(c);
        } else if (e instanceof Call c) {
            call(c);
        } else if (e instanceof Attribute a) {
            int fused = fastReceiver(a.value(), a.attr());
            if (fused >= 0) {
                b.emit(Op.LOAD_FAST_ATTR, fused);
            } else {
                expr(a.value());
                b.emit(Op.LOAD_ATTR, b.name(a.attr()));
            }
        } else if (e instanceof Subscript s) {
            expr(s.value());
            subscriptKey(s.slice());
            b.emit(Op.BINARY_SUBSCR);
        } else if (e instanceof TupleExpr t) {
            if (!hasStar(t.elts()) && allConstant(t.elts()) && !t.elts().isEmpty()) {
                b.emit(Op.LOAD_CONST, constTuple(t.elts()));
            } else {
                sequence(t.elts(), Op.BUILD_TUPLE);
            }
        } else if (e instanceof ListExpr l) {
            sequence(l.elts(), Op.BUILD_LIST);
        } else if (e instanceof SetExpr s) {
            if (isConstantSet(s)) {
                // CPython 3.11 (compile.c's starunpack_helper): a display of three or more constants is
                // a frozenset constant merged into a new set, which gives the set that table's order
                b.emit(Op.BUILD_SET, 0);
                b.emit(Op.LOAD_CONST, constSet(s.elts()));
                b.emit(Op.SET_UPDATE, 1);
            } else {
                sequence(s.elts(), Op.BUILD_SET);
            }
        } else if (e instanceof DictExpr d) {
            dict(d);
        } else if (e instanceof IfExp i) {
            CodeBuilder.Label orelse = new CodeBuilder.Label(), end = new CodeBuilder.Label();
            jumpIf(i.test(), false, orelse);
            expr(i.body());
            b.jump(Op.JUMP, end);
            b.place(orelse);
            expr(i.orelse());
            b.place(end);
        } else if (e instanceof Lambda l) {
            Scope child = st.scopes.get(l);
            Code code = compileFunctionBody(child, "<lambda>", childQualname("<lambda>"), l.args(), l.line(), c -> {
                c.expr(l.body());
                c.u.b.emit(Op.RETURN_VALUE);
            });
            makeFunction(code, child, l.args());
        } else if (e instanceof ListComp c) {
            comprehension(e, "<listcomp>", c.generators(), c.elt(), null, Op.BUILD_LIST);
        } else if (e instanceof SetComp c) {
            comprehension(e, "<setcomp>", c.generators(), c.elt(), null, Op.BUILD_SET);
        } else if (e instanceof DictComp c) {
            comprehension(e, "<dictcomp>", c.generators(), c.key(), c.value(), Op.BUILD_MAP);
        } else if (e instanceof GeneratorExp c) {
            comprehension(e, "<genexpr>", c.generators(), c.elt(), null, -1);
        } else if (e instanceof JoinedStr j) {
            int n = 0;
            for (Expr p : j.parts()) {
                if (p instanceof Constant c && c.value() instanceof String s && s.isEmpty()) continue;
                expr(p);
                n++;
            }
            if (n == 0) b.emit(Op.LOAD_CONST, constOf(""));
            else if (n > 1 || !(j.parts().get(0) instanceof FormattedValue)) b.emit(Op.BUILD_STRING, n);
        } else if (e instanceof FormattedValue f) {
            expr(f.value());
            int conv = f.conversion() == 's' ? 1 : f.conversion() == 'r' ? 2 : f.conversion() == 'a' ? 3 : 0;
            if (f.formatSpec() != null) {
                expr(f.formatSpec());
                conv |= 4;
            }
            b.emit(Op.FORMAT_VALUE, conv);
        } else if (e instanceof Yield y) {
            if (y.value() != null) expr(y.value());
            else b.emit(Op.LOAD_CONST, constNone());
            b.emit(Op.YIELD_VALUE);
        } else if (e instanceof Starred s) {
            throw error("can't use starred expression here", s);
        } else if (e instanceof Slice s) {
            throw error("slices are only allowed inside []", s);
        } else {
            throw error("unsupported expression", e);
        }
    }

    private static boolean hasStar(List<Expr> elts) {
        for (Expr x : elts) if (x instanceof Starred) return true;
        return false;
    }

    /** A negated number literal folded to its value (as CPython's AST optimizer folds it), or null. */
    private static Object negatedConstant(Expr e) {
        if (!(e instanceof UnaryOp uo) || uo.op() != UnaryOpKind.NEG || !(uo.operand() instanceof Constant c)) return null;
        Object v = c.value();
        if (v instanceof Long l) return l == Long.MIN_VALUE ? (Object) BigInteger.valueOf(l).negate() : (Object) (-l);
        if (v instanceof BigInteger bi) return bi.negate().bitLength() < 64 ? (Object) bi.negate().longValue() : bi.negate();
        if (v instanceof Double d) return -d;
        return null;
    }

    /** The constant-pool index of a constant element: a literal, a negated number or a tuple of those. */
    private int constElement(Expr x) {
        if (x instanceof Constant c) return constOf(c.value());
        Object neg = negatedConstant(x);
        if (neg != null) return constOf(neg);
        return constTuple(((TupleExpr) x).elts());
    }

    private static boolean allConstant(List<Expr> elts) {
        for (Expr x : elts) {
            if (x instanceof Constant || negatedConstant(x) != null) continue;
            if (x instanceof TupleExpr t && !hasStar(t.elts()) && allConstant(t.elts())) continue; // () included
            return false;
        }
        return true;
    }

    private int constTuple(List<Expr> elts) {
        StringBuilder key = new StringBuilder("tuple:");
        PyObject[] items = constItems(elts, key);
        return u.b.constant(key.toString(), items.length == 0 ? PyTuple.EMPTY : Rc.immortal(new PyTuple(items)));
    }

    /** The constants of constant elements, each pool index appended to {@code key} (what identifies the container). */
    private PyObject[] constItems(List<Expr> elts, StringBuilder key) {
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            int ci = constElement(elts.get(i));
            items[i] = constAt(ci);
            key.append(ci).append(',');
        }
        return items;
    }

    private static boolean isConstantSet(SetExpr s) {
        return s.elts().size() > 2 && !hasStar(s.elts()) && allConstant(s.elts());
    }

    /** The set a display of constants folds to (CPython's frozenset constant): built once, immortal, never changed. */
    private int constSet(List<Expr> elts) {
        StringBuilder key = new StringBuilder("set:");
        PyObject[] items = constItems(elts, key);
        return u.b.constant(key.toString(), PySet.constant(items));
    }

    /**
     * The iterable of a {@code for} or of a comprehension's generator. CPython 3.11's AST optimizer
     * (fold_iter in Python/ast_opt.c) makes a display of constants there a constant, whatever its
     * length: iterating a set display iterates the frozenset in its own table's order.
     */
    private void iterable(Expr iter) {
        if (iter instanceof SetExpr s && !hasStar(s.elts()) && allConstant(s.elts())) { // of any size, here
            u.b.emit(Op.LOAD_CONST, constSet(s.elts()));
        } else {
            expr(iter);
        }
    }

    private PyObject constAt(int i) {
        // the builder owns the pool; constants are immortal, so sharing them is free
        return u.b.constAt(i);
    }

    private void sequence(List<Expr> elts, int buildOp) {
        CodeBuilder b = u.b;
        if (!hasStar(elts)) {
            for (Expr x : elts) expr(x);
            b.emit(buildOp, elts.size());
            return;
        }
        int extendOp = buildOp == Op.BUILD_SET ? Op.SET_UPDATE : Op.LIST_EXTEND;
        int addOp = buildOp == Op.BUILD_SET ? Op.SET_ADD : Op.LIST_APPEND;
        b.emit(buildOp == Op.BUILD_SET ? Op.BUILD_SET : Op.BUILD_LIST, 0);
        for (Expr x : elts) {
            if (x instanceof Starred s) {
                expr(s.value());
                b.emit(extendOp, 1);
            } else {
                expr(x);
                b.emit(addOp, 1);
            }
        }
        if (buildOp == Op.BUILD_TUPLE) b.emit(Op.LIST_TO_TUPLE);
    }

    private void dict(DictExpr d) {
        CodeBuilder b = u.b;
        boolean unpack = false;
        for (Expr k : d.keys()) if (k == null) unpack = true;
        if (!unpack) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            b.emit(Op.BUILD_MAP, d.keys().size());
            return;
        }
        b.emit(Op.BUILD_MAP, 0);
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) == null) {
                expr(d.values().get(i));
                b.emit(Op.DICT_UPDATE, 1);
            } else {
                expr(d.keys().get(i));
                expr(d.values().get(i));
                b.emit(Op.MAP_ADD, 1);
            }
        }
    }

    private void subscriptKey(Expr slice) {
        CodeBuilder b = u.b;
        if (slice instanceof Slice s) {
            if (s.lower() != null) expr(s.lower()); else b.emit(Op.LOAD_CONST, constNone());
            if (s.upper() != null) expr(s.upper()); else b.emit(Op.LOAD_CONST, constNone());
            if (s.step() != null) {
                expr(s.step());
                b.emit(Op.BUILD_SLICE, 3);
            } else {
                b.emit(Op.BUILD_SLICE, 2);
            }
        } else if (slice instanceof TupleExpr t && t.elts().stream().anyMatch(x -> x instanceof Slice)) {
            for (Expr x : t.elts()) subscriptKey(x);
            b.emit(Op.BUILD_TUPLE, t.elts().size());
        } else {
            expr(slice);
        }
    }

    private void compare(Compare c) {
        CodeBuilder b = u.b;
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            emitCompare(c.ops().get(0));
            return;
        }
        CodeBuilder.Label cleanup = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            b.emit(Op.DUP_TOP);
            b.emit(Op.ROT_THREE);
            emitCompare(c.ops().get(i));
            b.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators().get(n - 1));
        emitCompare(c.ops().get(n - 1));
        b.jump(Op.JUMP, end);
        b.place(cleanup);
        b.emit(Op.ROT_TWO);
        b.emit(Op.POP_TOP);
        b.place(end);
    }

    private void emitCompare(CmpOpKind k) {
        CodeBuilder b = u.b;
        switch (k) {
            case EQ: b.emit(Op.COMPARE_OP, CmpOp.EQ); break;
            case NE: b.emit(Op.COMPARE_OP, CmpOp.NE); break;
            case LT: b.emit(Op.COMPARE_OP, CmpOp.LT); break;
            case LE: b.emit(Op.COMPARE_OP, CmpOp.LE); break;
            case GT: b.emit(Op.COMPARE_OP, CmpOp.GT); break;
            case GE: b.emit(Op.COMPARE_OP, CmpOp.GE); break;
            case IS: b.emit(Op.IS_OP, 0); break;
            case IS_NOT: b.emit(Op.IS_OP, 1); break;
            case IN: b.emit(Op.CONTAINS_OP, 0); break;
            default: b.emit(Op.CONTAINS_OP, 1);
        }
    }

    /** Jumps to {@code target} when {@code test} is {@code when}; otherwise falls through. */
    private void jumpIf(Expr test, boolean when, CodeBuilder.Label target) {
        CodeBuilder b = u.b;
        if (test instanceof UnaryOp uo && uo.op() == UnaryOpKind.NOT) {
            jumpIf(uo.operand(), !when, target);
            return;
        }
        if (test instanceof BoolOp bo) {
            List<Expr> vs = bo.values();
            if (bo.isAnd() != when) {
                // and-jump-if-false / or-jump-if-true: any one operand decides
                for (Expr v : vs) jumpIf(v, when, target);
            } else {
                CodeBuilder.Label skip = new CodeBuilder.Label();
                for (int i = 0; i < vs.size() - 1; i++) jumpIf(vs.get(i), !when, skip);
                jumpIf(vs.get(vs.size() - 1), when, target);
                b.place(skip);
            }
            return;
        }
        if (test instanceof Compare c && c.ops().size() == 1 && c.ops().get(0).ordinal() <= CmpOpKind.GE.ordinal()) {
            expr(c.left());
            expr(c.comparators().get(0));
            b.jumpWithData(Op.COMPARE_JUMP, cmpCode(c.ops().get(0)) | (when ? 8 : 0), target);
            return;
        }
        expr(test);
        b.jump(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
    }

    private static int cmpCode(CmpOpKind k) {
        switch (k) {
            case EQ: return CmpOp.EQ;
            case NE: return CmpOp.NE;
            case LT: return CmpOp.LT;
            case LE: return CmpOp.LE;
            case GT: return CmpOp.GT;
            default: return CmpOp.GE;
        }
    }

    private void call(Call c) {
        CodeBuilder b = u.b;
        boolean star = hasStar(c.args());
        for (Keyword k : c.keywords()) if (k.arg() == null) star = true;
        if (c.func() instanceof Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                && u.scope.isFunction() && u.scope.binding("__class__") == Scope.Binding.FREE && !u.scope.varnames.isEmpty()
                && u.scope.binding("super") == Scope.Binding.GLOBAL) {
            loadName("super");
            loadName("__class__");
            String self = u.scope.varnames.get(0);
            loadName(self);
            b.emit(Op.CALL, 2);
            return;
        }
        if (star) {
            expr(c.func());
            b.emit(Op.BUILD_LIST, 0);
            for (Expr a : c.args()) {
                if (a instanceof Starred s) {
                    expr(s.value());
                    b.emit(Op.LIST_EXTEND, 1);
                } else {
                    expr(a);
                    b.emit(Op.LIST_APPEND, 1);
                }
            }
            b.emit(Op.LIST_TO_TUPLE);
            if (c.keywords().isEmpty()) {
                b.emit(Op.CALL_FUNCTION_EX, 0);
                return;
            }
            b.emit(Op.BUILD_MAP, 0);
            for (Keyword k : c.keywords()) {
                if (k.arg() == null) {
                    expr(k.value());
                    b.emit(Op.DICT_MERGE, 1);
                } else {
                    b.emit(Op.LOAD_CONST, constOf(k.arg()));
                    expr(k.value());
                    b.emit(Op.MAP_ADD, 1);
                }
            }
            b.emit(Op.CALL_FUNCTION_EX, 1);
            return;
        }
        List<String> kwnames = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            if (kwnames.contains(k.arg())) throw error("keyword argument repeated: " + k.arg(), k);
            kwnames.add(k.arg());
        }
        int argc = c.args().size() + c.keywords().size();
        if (c.func() instanceof Attribute a) {
            int fused = fastReceiver(a.value(), a.attr());
            if (fused < 0) expr(a.value());
            int savedLine = b.line;
            b.line = a.line();
            if (fused >= 0) b.emit(Op.LOAD_FAST_METHOD, fused);
            else b.emit(Op.LOAD_METHOD, b.name(a.attr()));
            b.line = savedLine;
            for (Expr x : c.args()) expr(x);
            for (Keyword k : c.keywords()) expr(k.value());
            if (!kwnames.isEmpty()) b.emit(Op.KW_NAMES, constStrings(kwnames));
            b.emit(Op.CALL_METHOD, argc);
        } else {
            expr(c.func());
            for (Expr x : c.args()) expr(x);
            for (Keyword k : c.keywords()) expr(k.value());
            if (!kwnames.isEmpty()) b.emit(Op.KW_NAMES, constStrings(kwnames));
            b.emit(Op.CALL, argc);
        }
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value, int buildOp) {
        Scope child = st.scopes.get(node);
        Code code = compileFunctionBody(child, name, childQualname(name), null, node.line(), c -> {
            CodeBuilder cb = c.u.b;
            if (buildOp >= 0) cb.emit(buildOp, 0);
            c.comprehensionLoop(gens, 0, elt, value, buildOp);
            if (buildOp >= 0) cb.emit(Op.RETURN_VALUE);
        });
        makeFunction(code, child, null);
        iterable(gens.get(0).iter());
        u.b.emit(Op.GET_ITER);
        u.b.emit(Op.CALL, 1);
    }

    private void comprehensionLoop(List<Comprehension> gens, int i, Expr elt, Expr value, int buildOp) {
        CodeBuilder b = u.b;
        Comprehension g = gens.get(i);
        if (i == 0) {
            b.emit(Op.LOAD_FAST, 0); // the iterator argument ".0"
        } else {
            iterable(g.iter());
            b.emit(Op.GET_ITER);
        }
        CodeBuilder.Label top = new CodeBuilder.Label(), done = new CodeBuilder.Label();
        b.place(top);
        b.jump(Op.FOR_ITER, done);
        store(g.target());
        for (Expr cond : g.ifs()) jumpIf(cond, false, top);
        if (i + 1 < gens.size()) {
            comprehensionLoop(gens, i + 1, elt, value, buildOp);
        } else if (buildOp < 0) {
            expr(elt);
            b.emit(Op.YIELD_VALUE);
            b.emit(Op.POP_TOP);
        } else if (buildOp == Op.BUILD_MAP) {
            expr(elt);
            expr(value);
            b.emit(Op.MAP_ADD, gens.size() + 1);
        } else {
            expr(elt);
            b.emit(buildOp == Op.BUILD_LIST ? Op.LIST_APPEND : Op.SET_ADD, gens.size() + 1);
        }
        b.jump(Op.JUMP_BACKWARD, top);
        b.place(done);
    }

    static int binOp(BinOpKind k) {
        switch (k) {
            case ADD: return BinOps.ADD;
            case SUB: return BinOps.SUB;
            case MUL: return BinOps.MUL;
            case MATMUL: return BinOps.MATMUL;
            case TRUEDIV: return BinOps.TRUEDIV;
            case FLOORDIV: return BinOps.FLOORDIV;
            case MOD: return BinOps.MOD;
            case POW: return BinOps.POW;
            case LSHIFT: return BinOps.LSHIFT;
            case RSHIFT: return BinOps.RSHIFT;
            case BITOR: return BinOps.OR;
            case BITXOR: return BinOps.XOR;
            default: return BinOps.AND;
        }
    }
}
