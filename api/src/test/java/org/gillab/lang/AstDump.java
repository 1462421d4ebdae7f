package org.gillab.lang;

import java.math.BigDecimal;
import java.util.List;
import org.gillab.lang.Ast.*;

/**
 * Prints a syntax tree as compact text for assertions, e.g. {@code -2**2} as
 * {@code UnaryOp(NEG, BinOp(Constant(2), POW, Constant(2)))}. With positions, every node is
 * followed by {@code @line:col}. Absent children print as {@code -}.
 */
final class AstDump {
    private final boolean positions;
    private final StringBuilder sb = new StringBuilder();

    private AstDump(boolean positions) { this.positions = positions; }

    static String dump(Node n) { return dump(n, false); }

    static String dump(Node n, boolean positions) {
        AstDump d = new AstDump(positions);
        d.node(n);
        return d.sb.toString();
    }

    private void node(Node n) {
        if (n == null) {
            sb.append('-');
            return;
        }
        String type = n.getClass().getSimpleName();
        sb.append(type).append('(');
        fields(n);
        sb.append(')');
        if (positions && !(n instanceof Arguments) && !(n instanceof Comprehension) && !(n instanceof WithItem)) {
            sb.append('@').append(n.line()).append(':').append(n.col());
        }
    }

    /**
     * The parts of an f-string (and its format specs) are printed without their own positions:
     * CPython gives them all the position of the whole string, gillab their real ones.
     */
    private void unpositioned(Node n) {
        if (!positions || n == null) {
            node(n);
            return;
        }
        String type = n.getClass().getSimpleName();
        sb.append(type).append('(');
        fields(n);
        sb.append(')');
    }

    private void sep() { sb.append(", "); }

    private void list(List<? extends Node> l) {
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) sep();
            node(l.get(i));
        }
        sb.append(']');
    }

    private void str(String s) {
        if (s == null) {
            sb.append('-');
            return;
        }
        sb.append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c >= 0x20 && c < 0x7f) sb.append(c);
            else sb.append(String.format("\\u%04x", (int) c));
        }
        sb.append('"');
    }

    private void value(Object v) {
        if (v instanceof String s) str(s);
        else if (v instanceof Double d) {
            if (d.isInfinite()) sb.append(d > 0 ? "inf" : "-inf");
            else sb.append(new BigDecimal(d).stripTrailingZeros().toPlainString()).append('f');
        } else if (v instanceof Bytes b) {
            sb.append("b'");
            for (byte x : b.data()) sb.append(String.format("%02x", x & 0xFF));
            sb.append('\'');
        } else sb.append(v);
    }

    private void fields(Node n) {
        if (n instanceof Ast.Module m) list(m.body());
        else if (n instanceof FunctionDef f) { str(f.name()); sep(); node(f.args()); sep(); list(f.body()); sep(); list(f.decorators()); }
        else if (n instanceof ClassDef c) { str(c.name()); sep(); list(c.bases()); sep(); list(c.keywords()); sep(); list(c.body()); sep(); list(c.decorators()); }
        else if (n instanceof Return r) node(r.value());
        else if (n instanceof Delete d) list(d.targets());
        else if (n instanceof Assign a) { list(a.targets()); sep(); node(a.value()); }
        else if (n instanceof AugAssign a) { node(a.target()); sep(); sb.append(a.op()); sep(); node(a.value()); }
        else if (n instanceof AnnAssign a) { node(a.target()); sep(); node(a.annotation()); sep(); node(a.value()); }
        else if (n instanceof For f) { node(f.target()); sep(); node(f.iter()); sep(); list(f.body()); sep(); list(f.orelse()); }
        else if (n instanceof While w) { node(w.test()); sep(); list(w.body()); sep(); list(w.orelse()); }
        else if (n instanceof If i) { node(i.test()); sep(); list(i.body()); sep(); list(i.orelse()); }
        else if (n instanceof With w) { list(w.items()); sep(); list(w.body()); }
        else if (n instanceof Raise r) { node(r.exc()); sep(); node(r.cause()); }
        else if (n instanceof Try t) { list(t.body()); sep(); list(t.handlers()); sep(); list(t.orelse()); sep(); list(t.finalbody()); }
        else if (n instanceof Assert a) { node(a.test()); sep(); node(a.msg()); }
        else if (n instanceof Import i) list(i.names());
        else if (n instanceof ImportFrom i) { str(i.module()); sep(); list(i.names()); sep(); sb.append(i.level()); }
        else if (n instanceof Global g) sb.append(String.join(", ", g.names()));
        else if (n instanceof Nonlocal g) sb.append(String.join(", ", g.names()));
        else if (n instanceof ExprStmt e) node(e.value());
        else if (n instanceof Pass || n instanceof Break || n instanceof Continue) { }
        else if (n instanceof Name x) sb.append(x.id());
        else if (n instanceof Constant c) value(c.value());
        else if (n instanceof JoinedStr j) {
            sb.append('[');
            for (int i = 0; i < j.parts().size(); i++) {
                if (i > 0) sep();
                unpositioned(j.parts().get(i));
            }
            sb.append(']');
        }
        else if (n instanceof FormattedValue f) {
            node(f.value()); sep(); sb.append(f.conversion() < 0 ? "-" : String.valueOf((char) f.conversion())); sep();
            unpositioned(f.formatSpec());
        }
        else if (n instanceof BinOp b) { node(b.left()); sep(); sb.append(b.op()); sep(); node(b.right()); }
        else if (n instanceof UnaryOp u) { sb.append(u.op()); sep(); node(u.operand()); }
        else if (n instanceof BoolOp b) { sb.append(b.isAnd() ? "AND" : "OR"); sep(); list(b.values()); }
        else if (n instanceof Compare c) {
            node(c.left());
            for (int i = 0; i < c.ops().size(); i++) { sep(); sb.append(c.ops().get(i)); sep(); node(c.comparators().get(i)); }
        }
        else if (n instanceof Call c) { node(c.func()); sep(); list(c.args()); sep(); list(c.keywords()); }
        else if (n instanceof Attribute a) { node(a.value()); sep(); sb.append(a.attr()); }
        else if (n instanceof Subscript s) { node(s.value()); sep(); node(s.slice()); }
        else if (n instanceof Slice s) { node(s.lower()); sep(); node(s.upper()); sep(); node(s.step()); }
        else if (n instanceof Starred s) node(s.value());
        else if (n instanceof TupleExpr t) list(t.elts());
        else if (n instanceof ListExpr l) list(l.elts());
        else if (n instanceof SetExpr s) list(s.elts());
        else if (n instanceof DictExpr d) { list(d.keys()); sep(); list(d.values()); }
        else if (n instanceof Lambda l) { node(l.args()); sep(); node(l.body()); }
        else if (n instanceof IfExp i) { node(i.test()); sep(); node(i.body()); sep(); node(i.orelse()); }
        else if (n instanceof ListComp c) { node(c.elt()); sep(); list(c.generators()); }
        else if (n instanceof SetComp c) { node(c.elt()); sep(); list(c.generators()); }
        else if (n instanceof GeneratorExp c) { node(c.elt()); sep(); list(c.generators()); }
        else if (n instanceof DictComp c) { node(c.key()); sep(); node(c.value()); sep(); list(c.generators()); }
        else if (n instanceof Yield y) node(y.value());
        else if (n instanceof Comprehension c) { node(c.target()); sep(); node(c.iter()); sep(); list(c.ifs()); }
        else if (n instanceof ExceptHandler h) { node(h.type()); sep(); str(h.name()); sep(); list(h.body()); }
        else if (n instanceof WithItem w) { node(w.contextExpr()); sep(); node(w.optionalVars()); }
        else if (n instanceof Alias a) { str(a.name()); sep(); str(a.asname()); }
        else if (n instanceof Arg a) sb.append(a.name());
        else if (n instanceof Keyword k) { str(k.arg()); sep(); node(k.value()); }
        else if (n instanceof Arguments a) {
            list(a.args()); sep(); list(a.defaults()); sep(); node(a.vararg()); sep(); list(a.kwonly()); sep();
            list(a.kwDefaults()); sep(); node(a.kwarg());
        }
        else throw new IllegalArgumentException("unknown node " + n);
    }
}
