package org.gillab.workload;

import org.gillab.lang.Source;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyStr;

/**
 * A workload's module after its top level has run: the metadata checked against the convention
 * (docs/workloads.md) and the functions the runner calls.
 *
 * <pre>
 * DESCRIPTION = "one line"
 * CATEGORY = "cpu"            # cpu, io, mixed or shared-state
 * SIZE = 1_000_000            # the default amount of work
 * def setup(size, parts): ... # optional; its result is every worker's `shared`
 * def work(part, parts, size, shared): ...
 * def check(results, size, parts): ...  # optional; True when the combined result is right
 * </pre>
 */
public record WorkloadModule(WorkloadInfo info, PyObject work, PyObject setup, PyObject check) {

    /** Reads the convention out of {@code module}; a {@link WorkloadError} names what is missing or wrong. */
    public static WorkloadModule of(PyModule module, Source src, String name) {
        String description = string(module, src, "DESCRIPTION");
        String categoryName = string(module, src, "CATEGORY");
        Category category = Category.of(categoryName);
        if (category == null) {
            throw error(src, "CATEGORY", "CATEGORY is '" + categoryName + "'; expected one of cpu, io, mixed, shared-state");
        }
        PyObject size = require(module, src, "SIZE", "an int (the default amount of work)");
        if (!(size instanceof PyInt i) || i.big != null || i.value < 0 || size instanceof org.gillab.obj.PyBool) {
            throw error(src, "SIZE", "SIZE must be a non-negative int, not " + describe(size));
        }
        PyObject work = require(module, src, "work", "a function work(part, parts, size, shared)");
        if (!work.isCallable()) throw error(src, "work", "work must be a function, not " + describe(work));
        PyObject setup = optionalCallable(module, src, "setup");
        PyObject check = optionalCallable(module, src, "check");
        WorkloadInfo info = new WorkloadInfo(name, description, category, ((PyInt) size).value, setup != null, check != null);
        return new WorkloadModule(info, work, setup, check);
    }

    private static String string(PyModule module, Source src, String name) {
        PyObject v = require(module, src, name, "a str");
        if (!(v instanceof PyStr s)) throw error(src, name, name + " must be a str, not " + describe(v));
        if (name.equals("DESCRIPTION") && (s.value.isBlank() || s.value.contains("\n"))) {
            throw error(src, name, "DESCRIPTION must be one non-empty line");
        }
        return s.value;
    }

    private static PyObject require(PyModule module, Source src, String name, String what) {
        PyObject v = module.dict.getStr(name);
        if (v == null) throw new WorkloadError(src.name(), 1, 1, "no module-level " + name + " (" + what + "); see docs/workloads.md");
        return v;
    }

    private static PyObject optionalCallable(PyModule module, Source src, String name) {
        PyObject v = module.dict.getStr(name);
        if (v == null) return null;
        if (!v.isCallable()) throw error(src, name, name + " must be a function, not " + describe(v));
        return v;
    }

    private static String describe(PyObject v) {
        return v instanceof PyFloat || v instanceof PyStr || v instanceof PyInt ? v.type().name + " " + v.repr() : v.type().name;
    }

    /** An error at the line that defines {@code name} (its assignment or def), else at the top. */
    private static WorkloadError error(Source src, String name, String message) {
        String[] lines = src.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith(name) && l.substring(name.length()).stripLeading().startsWith("=")
                    || l.startsWith("def " + name + "(")) {
                return new WorkloadError(src.name(), i + 1, 1, message);
            }
        }
        return new WorkloadError(src.name(), 1, 1, message);
    }
}
