package org.gillab.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One scope of the program (module, class body, function, lambda or comprehension) and how each of
 * its names resolves, as CPython's symtable decides it: a name assigned in a function is local
 * unless declared global or nonlocal; a name a nested function uses from an enclosing function
 * becomes a cell there and a free variable in between; class bodies are skipped by nested lookups.
 */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    /** Where a name lives. */
    enum Binding {
        /** A plain local slot (LOAD_FAST). */
        LOCAL,
        /** A local captured by a nested function: a cell slot (LOAD_DEREF). */
        CELL,
        /** A variable of an enclosing function (LOAD_DEREF through the closure). */
        FREE,
        /** The module's dict (LOAD_GLOBAL), declared or implied. */
        GLOBAL,
        /** A class body's namespace, then globals and builtins (LOAD_NAME). */
        NAME
    }

    final Kind kind;
    final String name;
    final Scope parent;
    final List<Scope> children = new ArrayList<>();

    final LinkedHashSet<String> params = new LinkedHashSet<>();
    final LinkedHashSet<String> assigned = new LinkedHashSet<>();
    final LinkedHashSet<String> used = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    /** Where each name was declared nonlocal (for the error when nothing binds it). */
    final Map<String, org.gillab.lang.Ast.Node> nonlocalAt = new HashMap<>();
    boolean generator;
    /** An {@code async def}: its code makes coroutine objects, and {@code await} is allowed in it. */
    boolean coroutine;
    boolean comprehension;
    /** The class body that encloses this function directly or through other functions (for super()). */
    boolean needsClassCell;

    // results
    final Map<String, Binding> bindings = new HashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<String> cellnames = new ArrayList<>();
    final List<String> freenames = new ArrayList<>();

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        if (parent != null) parent.children.add(this);
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    Binding binding(String n) {
        Binding b = bindings.get(n);
        if (b != null) return b;
        switch (kind) {
            case MODULE: return Binding.GLOBAL;
            case CLASS: return Binding.NAME;
            default: return Binding.GLOBAL;
        }
    }

    /** Whether {@code n} is bound in this function scope (so nested scopes may close over it). */
    boolean bindsLocally(String n) {
        return isFunction() && !globals.contains(n) && !nonlocals.contains(n)
                && (params.contains(n) || assigned.contains(n));
    }
}
