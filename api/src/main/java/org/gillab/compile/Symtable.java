package org.gillab.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.lang.Ast;
import org.gillab.lang.Ast.*;
import org.gillab.lang.Source;
import org.gillab.lang.SourceError;

/**
 * Builds the {@link Scope} tree of a module: one walk collects what each scope assigns, uses and
 * declares; a second decides every name's {@link Scope.Binding} and lays out the frame slots.
 */
final class Symtable {
    private final Source src;
    final Map<Ast.Node, Scope> scopes = new IdentityHashMap<>();
    private Scope cur;

    private Symtable(Source src) {
        this.src = src;
    }

    static Symtable build(Ast.Module m, Source src) {
        Symtable t = new Symtable(src);
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", null);
        t.scopes.put(m, top);
        t.cur = top;
        t.stmts(m.body());
        t.resolve(top);
        t.layout(top);
        return t;
    }

    /** A feature gillab leaves out, worded as the parser's (see docs/language.md). */
    private SourceError unsupportedHere(String what, Ast.Node at) {
        return error(what + " by gillab (docs/language.md lists the subset)", at);
    }

    private SourceError error(String msg, Ast.Node at) {
        return SourceError.syntax(msg, src, at.line(), at.col());
    }

    // ---------------------------------------------------------------- pass 1: collect

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void declareUse(String n, Ast.Node at) {
        if (cur.globals.contains(n) || cur.nonlocals.contains(n)) return;
        cur.used.add(n);
    }

    private void assign(String n, Ast.Node at) {
        cur.assigned.add(n);
    }

    private void stmt(Stmt s) {
        if (s instanceof AsyncFunctionDef af) {
            function(af.def(), true);
        } else if (s instanceof AsyncFor af) {
            if (!cur.coroutine) throw error("'async for' outside async function", af);
            stmt(af.loop());
        } else if (s instanceof AsyncWith aw) {
            if (!cur.coroutine) throw error("'async with' outside async function", aw);
            stmt(aw.with());
        } else if (s instanceof FunctionDef f) {
            function(f, false);
        } else {
            plainStmt(s);
        }
    }

    private void function(FunctionDef f, boolean coroutine) {
            for (Expr d : f.decorators()) expr(d);
            defaults(f.args());
            assign(f.name(), f);
            Scope fs = new Scope(Scope.Kind.FUNCTION, f.name(), cur);
            fs.coroutine = coroutine;
            scopes.put(f, fs);
            Scope saved = cur;
            cur = fs;
            params(f.args());
            stmts(f.body());
            if (fs.coroutine && fs.generator) throw unsupportedHere("asynchronous generators are not supported", f);
            cur = saved;
    }

    private void plainStmt(Stmt s) {
        if (s instanceof ClassDef c) {
            for (Expr d : c.decorators()) expr(d);
            for (Expr b : c.bases()) expr(b);
            for (Keyword k : c.keywords()) expr(k.value());
            assign(c.name(), c);
            Scope cs = new Scope(Scope.Kind.CLASS, c.name(), cur);
            scopes.put(c, cs);
            Scope saved = cur;
            cur = cs;
            stmts(c.body());
            cur = saved;
        } else if (s instanceof Return r) {
            if (r.value() != null) expr(r.value());
        } else if (s instanceof Delete d) {
            for (Expr t : d.targets()) target(t);
        } else if (s instanceof Assign a) {
            expr(a.value());
            for (Expr t : a.targets()) target(t);
        } else if (s instanceof AugAssign a) {
            expr(a.value());
            if (a.target() instanceof Name n) {
                declareUse(n.id(), n);
                assign(n.id(), n);
            } else {
                target(a.target());
            }
        } else if (s instanceof AnnAssign a) {
            if (a.value() != null) expr(a.value());
            target(a.target());
        } else if (s instanceof For f) {
            expr(f.iter());
            target(f.target());
            stmts(f.body());
            stmts(f.orelse());
        } else if (s instanceof While w) {
            expr(w.test());
            stmts(w.body());
            stmts(w.orelse());
        } else if (s instanceof If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orelse());
        } else if (s instanceof With w) {
            for (WithItem it : w.items()) {
                expr(it.contextExpr());
                if (it.optionalVars() != null) target(it.optionalVars());
            }
            stmts(w.body());
        } else if (s instanceof Raise r) {
            if (r.exc() != null) expr(r.exc());
            if (r.cause() != null) expr(r.cause());
        } else if (s instanceof Try t) {
            stmts(t.body());
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) expr(h.type());
                if (h.name() != null) assign(h.name(), h);
                stmts(h.body());
            }
            stmts(t.orelse());
            stmts(t.finalbody());
        } else if (s instanceof Assert a) {
            expr(a.test());
            if (a.msg() != null) expr(a.msg());
        } else if (s instanceof Import im) {
            for (Alias a : im.names()) {
                String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                assign(bound, a);
            }
        } else if (s instanceof ImportFrom im) {
            for (Alias a : im.names()) assign(a.asname() != null ? a.asname() : a.name(), a);
        } else if (s instanceof Global g) {
            for (String n : g.names()) {
                if (cur.kind == Scope.Kind.MODULE) continue; // harmless at module level
                if (cur.params.contains(n)) throw error("name '" + n + "' is parameter and global", g);
                if (cur.used.contains(n) || cur.assigned.contains(n)) {
                    throw error("name '" + n + "' is " + (cur.assigned.contains(n) ? "assigned to" : "used")
                            + " prior to global declaration", g);
                }
                cur.globals.add(n);
            }
        } else if (s instanceof Nonlocal nl) {
            for (String n : nl.names()) {
                if (cur.kind == Scope.Kind.MODULE) throw error("nonlocal declaration not allowed at module level", nl);
                if (cur.params.contains(n)) throw error("name '" + n + "' is parameter and nonlocal", nl);
                if (cur.used.contains(n) || cur.assigned.contains(n)) {
                    throw error("name '" + n + "' is " + (cur.assigned.contains(n) ? "assigned to" : "used")
                            + " prior to nonlocal declaration", nl);
                }
                cur.nonlocals.add(n);
                cur.nonlocalAt.put(n, nl);
            }
        } else if (s instanceof ExprStmt e) {
            expr(e.value());
        }
    }

    private void defaults(Arguments a) {
        for (Expr d : a.defaults()) expr(d);
        for (Expr d : a.kwDefaults()) if (d != null) expr(d);
    }

    private void params(Arguments a) {
        for (Arg p : a.args()) param(p);
        for (Arg p : a.kwonly()) param(p);
        if (a.vararg() != null) param(a.vararg());
        if (a.kwarg() != null) param(a.kwarg());
    }

    private void param(Arg p) {
        if (!cur.params.add(p.name())) throw error("duplicate argument '" + p.name() + "' in function definition", p);
    }

    private void target(Expr t) {
        if (t instanceof Name n) assign(n.id(), n);
        else if (t instanceof TupleExpr tu) for (Expr e : tu.elts()) target(e);
        else if (t instanceof ListExpr l) for (Expr e : l.elts()) target(e);
        else if (t instanceof Starred st) target(st.value());
        else expr(t); // attribute or subscript: its parts are uses
    }

    private void expr(Expr e) {
        if (e == null) return;
        if (e instanceof Name n) {
            declareUse(n.id(), n);
        } else if (e instanceof Constant) {
            // nothing
        } else if (e instanceof JoinedStr j) {
            for (Expr p : j.parts()) expr(p);
        } else if (e instanceof FormattedValue f) {
            expr(f.value());
            expr(f.formatSpec());
        } else if (e instanceof BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof BoolOp b) {
            for (Expr v : b.values()) expr(v);
        } else if (e instanceof Compare c) {
            expr(c.left());
            for (Expr v : c.comparators()) expr(v);
        } else if (e instanceof Call c) {
            expr(c.func());
            for (Expr a : c.args()) expr(a);
            for (Keyword k : c.keywords()) expr(k.value());
            if (c.func() instanceof Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                    && cur.isFunction()) {
                cur.needsClassCell = true;
                cur.used.add("__class__");
            }
        } else if (e instanceof Attribute a) {
            expr(a.value());
        } else if (e instanceof Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else if (e instanceof Slice s) {
            expr(s.lower());
            expr(s.upper());
            expr(s.step());
        } else if (e instanceof Starred s) {
            expr(s.value());
        } else if (e instanceof TupleExpr t) {
            for (Expr v : t.elts()) expr(v);
        } else if (e instanceof ListExpr l) {
            for (Expr v : l.elts()) expr(v);
        } else if (e instanceof SetExpr s) {
            for (Expr v : s.elts()) expr(v);
        } else if (e instanceof DictExpr d) {
            for (Expr k : d.keys()) expr(k);
            for (Expr v : d.values()) expr(v);
        } else if (e instanceof Lambda l) {
            defaults(l.args());
            Scope ls = new Scope(Scope.Kind.FUNCTION, "<lambda>", cur);
            scopes.put(l, ls);
            Scope saved = cur;
            cur = ls;
            params(l.args());
            expr(l.body());
            cur = saved;
        } else if (e instanceof IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof ListComp c) {
            comprehension(e, "<listcomp>", c.generators(), c.elt(), null);
        } else if (e instanceof SetComp c) {
            comprehension(e, "<setcomp>", c.generators(), c.elt(), null);
        } else if (e instanceof DictComp c) {
            comprehension(e, "<dictcomp>", c.generators(), c.key(), c.value());
        } else if (e instanceof GeneratorExp c) {
            comprehension(e, "<genexpr>", c.generators(), c.elt(), null);
        } else if (e instanceof Await a) {
            if (!cur.isFunction()) throw error("'await' outside function", a);
            if (cur.comprehension) throw unsupportedHere("asynchronous comprehensions are not supported", a);
            if (!cur.coroutine) throw error("'await' outside async function", a);
            expr(a.value());
        } else if (e instanceof Yield y) {
            if (!cur.isFunction()) throw error("'yield' outside function", y);
            if (cur.comprehension) throw error("'yield' inside comprehension", y);
            cur.generator = true;
            expr(y.value());
        }
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value) {
        expr(gens.get(0).iter()); // evaluated in the enclosing scope
        Scope cs = new Scope(Scope.Kind.FUNCTION, name, cur);
        cs.comprehension = true;
        cs.generator = node instanceof GeneratorExp;
        scopes.put(node, cs);
        Scope saved = cur;
        cur = cs;
        cs.params.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) expr(g.iter());
            target(g.target());
            for (Expr c : g.ifs()) expr(c);
        }
        expr(elt);
        expr(value);
        cur = saved;
    }

    // ---------------------------------------------------------------- pass 2: resolve

    private void resolve(Scope s) {
        for (String g : s.globals) s.bindings.put(g, Scope.Binding.GLOBAL);
        if (s.kind == Scope.Kind.FUNCTION) {
            for (String p : s.params) s.bindings.put(p, Scope.Binding.LOCAL);
            for (String n : s.assigned) if (!s.globals.contains(n) && !s.nonlocals.contains(n)) s.bindings.put(n, Scope.Binding.LOCAL);
            for (String n : s.nonlocals) {
                if (!closeOver(s, n)) throw error("no binding for nonlocal '" + n + "' found", s.nonlocalAt.get(n));
            }
            for (String n : s.used) if (!s.bindings.containsKey(n)) {
                s.bindings.put(n, closeOver(s, n) ? Scope.Binding.FREE : Scope.Binding.GLOBAL);
            }
        } else if (s.kind == Scope.Kind.CLASS) {
            for (String n : s.assigned) if (!s.globals.contains(n)) s.bindings.put(n, Scope.Binding.NAME);
            for (String n : s.used) if (!s.bindings.containsKey(n)) {
                s.bindings.put(n, closeOver(s, n) ? Scope.Binding.FREE : Scope.Binding.NAME);
            }
        }
        for (Scope c : s.children) resolve(c);
    }

    /**
     * Finds {@code n} in an enclosing function (or, for {@code __class__}, class) scope; marks it a
     * cell there and a free variable in {@code from} and every scope in between. False if only
     * the module (or nothing) binds it.
     */
    private boolean closeOver(Scope from, String n) {
        List<Scope> between = new ArrayList<>();
        for (Scope p = from.parent; p != null; p = p.parent) {
            if (p.kind == Scope.Kind.MODULE) return false;
            if (p.kind == Scope.Kind.CLASS) {
                if (n.equals("__class__")) {
                    p.bindings.put(n, Scope.Binding.CELL);
                    markFree(from, between, n);
                    return true;
                }
                between.add(p);
                continue;
            }
            if (p.globals.contains(n)) return false;
            if (p.bindsLocally(n)) {
                p.bindings.put(n, Scope.Binding.CELL);
                markFree(from, between, n);
                return true;
            }
            between.add(p);
        }
        return false;
    }

    private static void markFree(Scope from, List<Scope> between, String n) {
        from.bindings.put(n, Scope.Binding.FREE);
        for (Scope b : between) {
            if (b.bindings.get(n) == null || b.bindings.get(n) == Scope.Binding.NAME || b.bindings.get(n) == Scope.Binding.GLOBAL) {
                b.bindings.put(n, Scope.Binding.FREE);
            }
        }
    }

    private void layout(Scope s) {
        if (s.kind == Scope.Kind.FUNCTION) {
            s.varnames.addAll(s.params);
            for (String n : s.assigned) {
                if (s.bindings.get(n) == Scope.Binding.LOCAL && !s.varnames.contains(n)) s.varnames.add(n);
            }
            for (String n : s.assigned) if (s.bindings.get(n) == Scope.Binding.CELL && !s.cellnames.contains(n)) s.cellnames.add(n);
            for (String n : s.params) if (s.bindings.get(n) == Scope.Binding.CELL && !s.cellnames.contains(n)) s.cellnames.add(n);
        }
        for (Map.Entry<String, Scope.Binding> e : s.bindings.entrySet()) {
            if (e.getValue() == Scope.Binding.CELL && !s.cellnames.contains(e.getKey())) s.cellnames.add(e.getKey());
        }
        for (Map.Entry<String, Scope.Binding> e : s.bindings.entrySet()) {
            if (e.getValue() == Scope.Binding.FREE) s.freenames.add(e.getKey());
        }
        java.util.Collections.sort(s.freenames);
        for (Scope c : s.children) layout(c);
    }
}
