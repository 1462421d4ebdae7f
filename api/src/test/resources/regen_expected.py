#!/usr/bin/env python3
"""Regenerate and validate the expected results of the gillab differential test corpus.

Layout (relative to this script):
  corpus/NAME.py   programs that must run successfully; NAME.out is their exact stdout
  errors/NAME.py   programs that must fail; NAME.out is the stdout printed before failing
                   (empty for syntax errors) and the file starts with a header:
      runtime errors:  # expect: <last line of CPython's traceback>
                       # line: <line number of the innermost traceback frame>
      syntax errors:   # expect: SyntaxError | IndentationError | TabError
                       # at: LINE:COL   (1-based position of the offending token)
      both may carry   # note: ...      (free text, never touched by this script)

Everything is derived from the CPython on PATH (python3, or $PYTHON):
  * corpus programs are run twice with different PYTHONHASHSEED values; their stdout
    must be identical, stderr empty, exit status 0, and they must finish in under
    MAX_SECONDS (best of the two runs).  NAME.out is (re)written from that stdout.
  * error programs are run twice as well (different PYTHONHASHSEED values) and must
    behave identically.  A program whose traceback ends in SyntaxError,
    IndentationError or TabError is a syntax error; its LINE:COL is taken from
    compile(<file bytes>, path, "exec") in a child python3 (the same positions
    ast.parse reports, but compile() also catches compile-time errors such as
    'return' outside function).  For a file that is not valid UTF-8, CPython reports
    "Non-UTF-8 code starting with ... on line N" without a column; the column is then
    that of the first byte that does not decode.
    Any other failure is a runtime error: `# expect:` is the last line of stderr and
    `# line:` the line of the last `File "...", line N` entry (innermost frame).

Usage:
  python3 regen_expected.py            regenerate .out files and fill header values
  python3 regen_expected.py --check    verify only; exit status 1 on any difference
Exit status is 1 whenever a problem is found (non-determinism, a corpus program that
fails or is too slow, an error program that does not fail, ...).
"""
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
ERRORS = os.path.join(HERE, "errors")
PYTHON = os.environ.get("PYTHON", "python3")
HASH_SEEDS = ("0", "4242")
MAX_SECONDS = 0.5
TIMEOUT = 60
SYNTAX_TYPES = ("SyntaxError", "IndentationError", "TabError")
HEADER_RE = re.compile(rb"^# (expect|line|at|note):(.*)$")
FILE_LINE_RE = re.compile(r'^  File "(.*)", line (\d+)')
NON_UTF8_RE = re.compile(r"^SyntaxError: Non-UTF-8 code starting with .* on line (\d+)")

PROBE = r"""
import json, sys
path = sys.argv[1]
src = open(path, "rb").read()
try:
    compile(src, path, "exec")
    print(json.dumps(None))
except SyntaxError as e:
    print(json.dumps({"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset}))
"""

problems = []


def problem(msg):
    problems.append(msg)
    print("PROBLEM: " + msg, file=sys.stderr)


def run(path, seed):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = seed
    env.pop("PYTHONSTARTUP", None)
    env["PYTHONIOENCODING"] = "utf-8"
    t0 = time.perf_counter()
    p = subprocess.run([PYTHON, os.path.basename(path)], cwd=os.path.dirname(path), env=env,
                       stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=TIMEOUT)
    return p.returncode, p.stdout, p.stderr, time.perf_counter() - t0


def run_twice(path):
    results = [run(path, seed) for seed in HASH_SEEDS]
    (rc1, out1, err1, t1), (rc2, out2, err2, t2) = results
    same = rc1 == rc2 and out1 == out2 and err1 == err2
    return same, rc1, out1, err1, min(t1, t2)


def write_or_check(path, data, check):
    old = None
    if os.path.exists(path):
        with open(path, "rb") as f:
            old = f.read()
    if old == data:
        return False
    if check:
        problem("%s is out of date" % os.path.relpath(path, HERE))
    else:
        with open(path, "wb") as f:
            f.write(data)
    return True


def do_corpus(check):
    names = sorted(n for n in os.listdir(CORPUS) if n.endswith(".py"))
    changed = 0
    slowest = []
    for name in names:
        path = os.path.join(CORPUS, name)
        same, rc, out, err, secs = run_twice(path)
        slowest.append((secs, name))
        if not same:
            problem("corpus/%s: output differs between PYTHONHASHSEED=%s and %s (not deterministic)"
                    % (name, HASH_SEEDS[0], HASH_SEEDS[1]))
            continue
        if rc != 0:
            problem("corpus/%s: exit status %d\n%s" % (name, rc, err.decode("utf-8", "replace")))
            continue
        if err:
            problem("corpus/%s: unexpected stderr output:\n%s" % (name, err.decode("utf-8", "replace")))
            continue
        if secs > MAX_SECONDS:
            problem("corpus/%s: too slow (%.2f s > %.2f s)" % (name, secs, MAX_SECONDS))
        if write_or_check(path[:-3] + ".out", out, check):
            changed += 1
    outs = sorted(n for n in os.listdir(CORPUS) if n.endswith(".out"))
    for o in outs:
        if o[:-4] + ".py" not in names:
            problem("corpus/%s has no matching .py" % o)
    slowest.sort(reverse=True)
    print("corpus: %d programs, %d .out files %s; slowest: %s" % (
        len(names), changed, "stale" if check else "rewritten",
        ", ".join("%s %.2fs" % (n, s) for s, n in slowest[:3])))
    return len(names)


def split_header(data):
    """Return (header_lines, rest_lines) where header lines match HEADER_RE (bytes, with line ends)."""
    lines = data.splitlines(keepends=True)
    header = []
    for ln in lines:
        if HEADER_RE.match(ln.rstrip(b"\r\n")):
            header.append(ln)
        else:
            break
    return header, lines[len(header):]


def header_dict(header):
    d = {}
    for ln in header:
        m = HEADER_RE.match(ln.rstrip(b"\r\n"))
        key = m.group(1).decode()
        if key != "note":
            d[key] = m.group(2).decode("utf-8").strip()
    return d


def rebuild(header, rest, wanted):
    """Canonical header: expect, then line (runtime) or at (syntax), then the notes. Returns new bytes."""
    notes = [ln for ln in header if HEADER_RE.match(ln.rstrip(b"\r\n")).group(1) == b"note"]
    keys = ["expect", "line" if "line" in wanted else "at"]
    new = [("# %s: %s\n" % (k, wanted[k])).encode("utf-8") for k in keys]
    return b"".join(new + notes + rest)


def analyse_error(path):
    """Run an error program and derive its header values. Returns (wanted_dict, stdout) or None."""
    name = os.path.basename(path)
    same, rc, out, err, _ = run_twice(path)
    if not same:
        problem("errors/%s: behaviour differs between PYTHONHASHSEED values (not deterministic)" % name)
        return None
    if rc == 0:
        problem("errors/%s: program did not fail" % name)
        return None
    err_lines = [l for l in err.decode("utf-8", "replace").splitlines() if l.strip()]
    if not err_lines:
        problem("errors/%s: no traceback on stderr (exit status %d)" % (name, rc))
        return None
    last = err_lines[-1]
    etype = last.split(":", 1)[0].strip()
    if etype in SYNTAX_TYPES:
        m = NON_UTF8_RE.match(last)
        if m:
            lineno = int(m.group(1))
            with open(path, "rb") as f:
                line_bytes = f.read().splitlines()[lineno - 1]
            try:
                line_bytes.decode("utf-8")
                col = len(line_bytes.decode("utf-8")) + 1
            except UnicodeDecodeError as e:
                col = len(line_bytes[:e.start].decode("utf-8")) + 1
            return {"expect": etype, "at": "%d:%d" % (lineno, col)}, out
        p = subprocess.run([PYTHON, "-c", PROBE, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT)
        info = json.loads(p.stdout.decode() or "null")
        if info is None:
            problem("errors/%s: running fails with %s but compile() accepts the file" % (name, etype))
            return None
        if info["type"] != etype or not last.endswith(info["msg"]):
            problem("errors/%s: compile() reports %s: %s but running reports %s"
                    % (name, info["type"], info["msg"], last))
            return None
        run_line = None
        for l in err_lines:
            fm = FILE_LINE_RE.match(l)
            if fm:
                run_line = int(fm.group(2))
        if run_line is not None and run_line != info["lineno"]:
            problem("errors/%s: line %s from compile() but %s when running" % (name, info["lineno"], run_line))
        if out:
            problem("errors/%s: syntax error but stdout is not empty" % name)
        return {"expect": etype, "at": "%d:%d" % (info["lineno"], info["offset"])}, out
    innermost = None
    for l in err_lines:
        fm = FILE_LINE_RE.match(l)
        if fm:
            innermost = (fm.group(1), int(fm.group(2)))
    if innermost is None:
        problem("errors/%s: no traceback frame found in:\n%s" % (name, "\n".join(err_lines)))
        return None
    if os.path.basename(innermost[0]) != name:
        problem("errors/%s: innermost frame is in %s, not in the program" % (name, innermost[0]))
        return None
    if err_lines[0] != "Traceback (most recent call last):":
        problem("errors/%s: unexpected stderr start: %r" % (name, err_lines[0]))
    return {"expect": last, "line": str(innermost[1])}, out


def do_errors(check):
    names = sorted(n for n in os.listdir(ERRORS) if n.endswith(".py"))
    kinds = {"runtime": 0, "syntax": 0}
    for name in names:
        path = os.path.join(ERRORS, name)
        for attempt in range(4):
            with open(path, "rb") as f:
                data = f.read()
            header, rest = split_header(data)
            res = analyse_error(path)
            if res is None:
                break
            wanted, out = res
            new = rebuild(header, rest, wanted)
            current = header_dict(header)
            if new == data and current == wanted:
                kinds["syntax" if "at" in wanted else "runtime"] += 1
                write_or_check(path[:-3] + ".out", out, check)
                break
            if check:
                problem("errors/%s: header is %r but CPython says %r" % (name, current, wanted))
                break
            with open(path, "wb") as f:
                f.write(new)
            # header line count may have changed: analyse again
        else:
            problem("errors/%s: header did not converge" % name)
    outs = sorted(n for n in os.listdir(ERRORS) if n.endswith(".out"))
    for o in outs:
        if o[:-4] + ".py" not in names:
            problem("errors/%s has no matching .py" % o)
    print("errors: %d programs (%d runtime, %d syntax)" % (len(names), kinds["runtime"], kinds["syntax"]))
    return names


def main():
    check = "--check" in sys.argv[1:]
    ver = subprocess.run([PYTHON, "--version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout
    print("using %s (%s)" % (PYTHON, ver.decode().strip()))
    do_corpus(check)
    do_errors(check)
    if problems:
        print("\n%d problem(s) found:" % len(problems), file=sys.stderr)
        for p in problems:
            print("  - " + p.splitlines()[0], file=sys.stderr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
