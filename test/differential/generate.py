#!/usr/bin/env python3
"""Random generator programs, written twice: as Python and as a
corogen-annotated C++ file (issue 6's differential testing).

A seed gives one *program*: one to three generators (g0 may delegate to g1,
g1 to g2, ...) and a driver that calls next, send, throw, close and drops
the handle in a random order, printing what each call returns or raises and
the generator's state after it. Both languages print the same trace when the
C++ behaves as Python does: yields, sent values, evaluation order, locals of
a tracing class built and destroyed (Python closes their scopes with
try/finally at the matching block ends, so its trace follows C++'s
destructors on every path, close() and exceptions included), caught and
escaping exceptions, return values.

The grammar: nested blocks, if/else, switch with fall-through, for, while
and do-while loops with break and continue, try/catch with typed and
catch-all handlers, `throw;` in handlers, throw statements, CORO_RETURN,
CORO_YIELD as a statement, as an initialiser, on the right of `+=`, as an
operand after other operands, as a function or constructor argument, under
`&&`, `||` and `?:`, in the conditions of if, switch, while, do and for, in
a for's increment, in if's condition variable and init-statement, in an
assigned subscript, two in an expression and one in another's operand,
CORO_YIELD_FROM of a generator (temporary or local, recursive too) and of a
range; for loops whose condition variable (a tracing Cond, or an int that
is a yield) lives across yields or yields in its initialiser, with break
and continue; several variables in one declaration (ints, tracing locals,
a for's init-statement) with a yield in a later declarator; temporaries
with destructors (a Tracer bound to a const reference) kept across a yield
in an initialiser, in the conditions of if, while, do and for, in a for's
increment, and on one side of &&, || or ?:; aggregate locals made from a
braced list with markers among its elements (one or two; before, between
and after elements that print; nested lists and elided braces): of a
struct declared at namespace scope or in the body (a local class, which
corogen keeps in a box), possibly with members of a tracing class `Part`
(a prvalue element before a marker is kept across it and moved into its
member), `int` arrays (`int a[] = {...}`, or longer than the list), arrays
of structs; their fields are printed again after later yields, read and
assigned by later statements. test/differential/README.md has the details.

A program is a tree of nodes that each render both languages, so a failing
program can be shrunk by deleting nodes (shrink.py) and re-rendering.

  generate.py OUT_DIR SEED [COUNT]
      writes OUT_DIR/gen.py and OUT_DIR/gen.cpp holding the programs of seeds
      SEED .. SEED+COUNT-1 (default 1); each prints "== seed N" first.
"""
import os
import random
import sys


# --------------------------------------------------------------------------
# Rendering helpers

class Out:
    """Lines of both languages; Python indents by 4, C++ by 2."""

    def __init__(self):
        self.py = []
        self.cpp = []

    def p(self, ind, text):
        self.py.append("    " * ind + text)

    def c(self, ind, text):
        self.cpp.append("  " * ind + text)


def render_if(out, pi, ci, py_cond, cpp_cond, then, other):
    """`if`/`else` with the condition spelled in each language."""
    out.p(pi, "if %s:" % py_cond)
    out.c(ci, "if (%s) {" % cpp_cond)
    render_block(out, pi + 1, ci + 1, then)
    out.p(pi, "else:")
    out.c(ci, "} else {")
    render_block(out, pi + 1, ci + 1, other)
    out.c(ci, "}")


def render_block(out, pi, ci, stmts):
    """A block of statements. A Local opens a try/finally in Python that
    holds the rest of the block, so its done() runs where C++ destroys it."""
    out.p(pi, "pass")  # a Python block is never empty
    for k, s in enumerate(stmts):
        if isinstance(s, MultiLocal):
            # One try/finally per declarator, each opened once its variable
            # is made: closing at a later declarator's yield destroys the
            # earlier ones only.
            s.render_cpp(out, ci)
            ind = pi
            for d in s.decls:
                d.render_py(out, ind)
                out.p(ind, "try:")
                ind += 1
            render_block(out, ind, ci, stmts[k + 1:])
            for d in reversed(s.decls):
                ind -= 1
                out.p(ind, "finally:")
                out.p(ind + 1, "%s.done()" % d.name)
            return
        if isinstance(s, (Local, LocalGen)):
            s.render(out, pi, ci)
            out.p(pi, "try:")
            render_block(out, pi + 1, ci, stmts[k + 1:])
            out.p(pi, "finally:")
            out.p(pi + 1, s.finish())
            return
        if isinstance(s, AggDecl):
            # Each tracing element opens a try/finally where it is made,
            # which holds the rest of the list and of the block.
            ind, finals = s.render_scoped(out, pi, ci)
            if finals:
                render_block(out, ind, ci, stmts[k + 1:])
                for f in reversed(finals):
                    ind -= 1
                    out.p(ind, "finally:")
                    out.p(ind + 1, f)
                return
            continue
        s.render(out, pi, ci)


def blocks_of(node):
    return node.blocks() if hasattr(node, "blocks") else []


# --------------------------------------------------------------------------
# Expressions: each is (python text, c++ text). Y(v) is a yield whose sent
# value Python's next() makes None and C++'s value-initialises to 0.

def Y(v):
    return ("sv((yield %s))" % v, "int(CORO_YIELD(%s))" % v)


def Yraw(v):
    """A yield as a statement or a whole initialiser: no cast needed."""
    return ("sv((yield %s))" % v, "CORO_YIELD(%s)" % v)


class Val:
    """A plain expression pair, as a value that Python computes in one
    statement: emit() writes the statements assign(value) returns."""

    def __init__(self, expr):
        self.py, self.cpp = expr

    def emit(self, out, pi, assign):
        for line in assign(self.py):
            out.p(pi, line)


class Temp:
    """An expression with a temporary with a destructor kept across a
    yield: `use(Tracer("u1"), int(CORO_YIELD(v)))`, the Tracer bound to
    use's const reference. C++ makes the Tracer, suspends, calls use after
    the resume and destroys the Tracer at the end of the full-expression
    (for a condition, after it is evaluated and before the branch or the
    body). shape: 'plain'; 'and' / 'or' (the call on the right of c && /
    c ||); 'cond' / 'cond2' (the call in the first / second branch of
    c ? : w): the Tracer is made only when that side runs. inner wraps the
    call, outer the whole (both are (python, c++) with @ for the operand).
    Python cannot hold try/finally in an expression, so emit() writes
    statements: the Tracer and a try/finally around the statements that
    use the value."""

    def __init__(self, tname, yv, shape="plain", c=None, w=None,
                 inner=("@", "@"), outer=("@", "@")):
        self.tname, self.yv, self.shape, self.c, self.w = tname, yv, shape, c, w
        self.inner, self.outer = inner, outer
        self.pre = None  # an int name: f2(tr(pre), use(...)) evaluates it first

    @staticmethod
    def _sub(fmt, x):
        return x if fmt == "@" else fmt.replace("@", "(%s)" % x)

    @property
    def cpp(self):
        core = 'use(Tracer("%s"), %s)' % (self.tname, Y(self.yv)[1])
        if self.pre:
            core = "f2(tr(%s), %s)" % (self.pre, core)
        x = self.inner[1].replace("@", core)
        if self.shape == "and":
            e = "(%s && %s)" % (self.c, x)
        elif self.shape == "or":
            e = "(%s || %s)" % (self.c, x)
        elif self.shape == "cond":
            e = "(%s ? %s : %s)" % (self.c, x, self.w)
        elif self.shape == "cond2":
            e = "(%s ? %s : %s)" % (self.c, self.w, x)
        else:
            e = x
        return self._sub(self.outer[1], e)

    def emit(self, out, pi, assign):
        t = self.tname
        call = "use(%s, %s)" % (t, Y(self.yv)[0])
        if self.pre:
            call = "f2(%s_pre, %s)" % (t, call)
        x = self.inner[0].replace("@", call)

        def core(ind):
            if self.pre:
                # Operands left to right: tr(pre) before the Tracer.
                out.p(ind, "%s_pre = tr(%s)" % (t, self.pre))
            out.p(ind, "%s = Tracer(%r)" % (t, t))
            out.p(ind, "try:")
            for line in assign(self._sub(self.outer[0], x)):
                out.p(ind + 1, line)
            out.p(ind, "finally:")
            out.p(ind + 1, "%s.done()" % t)

        def other(ind, v):
            for line in assign(self._sub(self.outer[0], v)):
                out.p(ind, line)

        if self.shape == "plain":
            core(pi)
            return
        test = {"and": "%s", "or": "not (%s)", "cond": "%s", "cond2": "not (%s)"}[self.shape]
        out.p(pi, "if %s:" % (test % self.c))
        core(pi + 1)
        out.p(pi, "else:")
        other(pi + 1, {"and": "False", "or": "True"}.get(self.shape, self.w))


# --------------------------------------------------------------------------
# Statements

class Print:
    def __init__(self, text, expr=None):
        self.text, self.expr = text, expr

    def render(self, out, pi, ci):
        if self.expr is None:
            out.p(pi, "print(%r)" % self.text)
            out.c(ci, 'say("%s");' % self.text)
        else:
            out.p(pi, "print(%r, %s)" % (self.text, self.expr[0]))
            out.c(ci, 'say("%s ", %s);' % (self.text, self.expr[1]))


class ExprStmt:
    """A yield as a statement."""

    def __init__(self, expr):
        self.expr = expr

    def render(self, out, pi, ci):
        out.p(pi, self.expr[0])
        out.c(ci, self.expr[1] + ";")


class Decl:
    """`int name = expr;` then prints it."""

    def __init__(self, name, expr):
        self.name, self.expr = name, expr

    def render(self, out, pi, ci):
        out.p(pi, "%s = %s" % (self.name, self.expr[0]))
        out.p(pi, "print(%r, %s)" % (self.name, self.name))
        out.c(ci, "int %s = %s;" % (self.name, self.expr[1]))
        out.c(ci, 'say("%s ", %s);' % (self.name, self.name))


class Bind:
    """A structured binding of a pair, then prints both names."""

    def __init__(self, a, b, first, second):
        self.a, self.b, self.first, self.second = a, b, first, second

    def render(self, out, pi, ci):
        out.p(pi, "%s, %s = (%s, %s)" % (self.a, self.b, self.first[0], self.second[0]))
        out.p(pi, "print(%r, %s, %s)" % (self.a, self.a, self.b))
        out.c(ci, "auto [%s, %s] = std::make_pair(%s, %s);" % (
            self.a, self.b, self.first[1], self.second[1]))
        out.c(ci, 'say("%s ", %s, " ", %s);' % (self.a, self.a, self.b))


class IfVar:
    """`if (int v = expr)` or `if (int v = expr; v % 2 == 0)`: the variable
    is in scope in both branches."""

    def __init__(self, name, expr, init_stmt, then, other):
        self.name, self.expr, self.init_stmt = name, expr, init_stmt
        self.then, self.other = then, other

    def blocks(self):
        return [self.then, self.other]

    def render(self, out, pi, ci):
        n = self.name
        out.p(pi, "%s = %s" % (n, self.expr[0]))
        if self.init_stmt:
            out.p(pi, "if %s %% 2 == 0:" % n)
            out.c(ci, "if (int %s = %s; %s %% 2 == 0) {" % (n, self.expr[1], n))
        else:
            out.p(pi, "if %s:" % n)
            out.c(ci, "if (int %s = %s) {" % (n, self.expr[1]))
        out.p(pi + 1, "print(%r, %s)" % (n, n))
        out.c(ci + 1, 'say("%s ", %s);' % (n, n))
        render_block(out, pi + 1, ci + 1, self.then)
        out.p(pi, "else:")
        out.c(ci, "} else {")
        out.p(pi + 1, "print(%r, %s)" % (n, n))
        out.c(ci + 1, 'say("%s ", %s);' % (n, n))
        render_block(out, pi + 1, ci + 1, self.other)
        out.c(ci, "}")


class StoreAt:
    """`int a[2] = {0, 0}; a[yield % 2] = tr(w);`: the right side runs
    first (C++17, and Python), then the subscript's yield."""

    def __init__(self, name, index, value):
        self.name, self.index, self.value = name, index, value

    def render(self, out, pi, ci):
        n = self.name
        out.p(pi, "%s = [0, 0]" % n)
        out.p(pi, "%s[%s %% 2] = %s" % (n, self.index[0], self.value[0]))
        out.p(pi, "print(%r, %s[0], %s[1])" % (n, n, n))
        out.c(ci, "int %s[2] = {0, 0};" % n)
        out.c(ci, "%s[%s %% 2] = %s;" % (n, self.index[1], self.value[1]))
        out.c(ci, 'say("%s ", %s[0], " ", %s[1]);' % (n, n, n))


class AddAssign:
    def __init__(self, name, expr):
        self.name, self.expr = name, expr

    def render(self, out, pi, ci):
        out.p(pi, "%s += %s" % (self.name, self.expr[0]))
        out.p(pi, "print(%r, %s)" % (self.name, self.name))
        out.c(ci, "%s += %s;" % (self.name, self.expr[1]))
        out.c(ci, 'say("%s ", %s);' % (self.name, self.name))


class Local:
    """A local of the tracing class, maybe with a yield among its
    constructor's arguments."""

    def __init__(self, name, expr=None):
        self.name, self.expr = name, expr

    def render(self, out, pi, ci):
        if self.expr is None:
            out.p(pi, "%s = Tracer(%r)" % (self.name, self.name))
            out.c(ci, 'Tracer %s("%s");' % (self.name, self.name))
        else:
            out.p(pi, "%s = Tracer(%r, %s)" % (self.name, self.name, self.expr[0]))
            out.c(ci, 'Tracer %s("%s", %s);' % (self.name, self.name, self.expr[1]))

    def finish(self):
        return "%s.done()" % self.name


class LocalGen:
    """A generator kept in a local and delegated to later; its handle's
    destructor closes it where Python's finally does."""

    def __init__(self, name, callee, arg):
        self.name, self.callee, self.arg = name, callee, arg

    def render(self, out, pi, ci):
        out.p(pi, "%s = %s(%s)" % (self.name, self.callee.py_name, self.arg))
        out.c(ci, "auto %s = %s(%s);" % (self.name, self.callee.cpp_name, self.arg))

    def finish(self):
        return "%s.close()" % self.name


class YieldFrom:
    """`int r = CORO_YIELD_FROM(callee(arg))`, or of a local generator."""

    def __init__(self, name, callee, arg, local=None):
        self.name, self.callee, self.arg, self.local = name, callee, arg, local

    def render(self, out, pi, ci):
        if self.local:
            py, cpp = self.local, self.local
        else:
            py = "%s(%s)" % (self.callee.py_name, self.arg)
            cpp = "%s(%s)" % (self.callee.cpp_name, self.arg)
        out.p(pi, "%s = yield from %s" % (self.name, py))
        out.p(pi, "print(%r, %s)" % (self.name, self.name))
        out.c(ci, "int %s = CORO_YIELD_FROM(%s);" % (self.name, cpp))
        out.c(ci, 'say("%s ", %s);' % (self.name, self.name))


class YieldFromRange:
    """CORO_YIELD_FROM of a range: values sent meanwhile are discarded, as
    in a Python for loop that yields (Python's `yield from` of a list would
    call send on the list's iterator)."""

    def __init__(self, values):
        self.values = values

    def render(self, out, pi, ci):
        vs = ", ".join(str(v) for v in self.values)
        out.p(pi, "for _v in [%s]:" % vs)
        out.p(pi + 1, "yield _v")
        out.c(ci, "CORO_YIELD_FROM(std::vector<int>{%s});" % vs)


class If:
    def __init__(self, cond, then, other):
        self.cond, self.then, self.other = cond, then, other

    def blocks(self):
        return [self.then, self.other]

    def render(self, out, pi, ci):
        render_if(out, pi, ci, self.cond[0], self.cond[1], self.then, self.other)


class Switch:
    """switch over expr % 3: case 0 breaks, case 1 falls through into case
    2, default. Python: an if chain in which case 1 runs case 2's block."""

    def __init__(self, name, expr, b0, b1, b2, bd):
        self.name, self.expr = name, expr
        self.b0, self.b1, self.b2, self.bd = b0, b1, b2, bd

    def blocks(self):
        return [self.b0, self.b1, self.b2, self.bd]

    def render(self, out, pi, ci):
        n = self.name
        out.p(pi, "%s = (%s) %% 4" % (n, self.expr[0]))
        out.c(ci, "switch ((%s) %% 4) {" % self.expr[1])
        out.p(pi, "if %s == 0:" % n)
        out.c(ci, "case 0: {")
        render_block(out, pi + 1, ci + 1, self.b0)
        out.c(ci, "} break;")
        out.p(pi, "elif %s == 1 or %s == 2:" % (n, n))
        out.p(pi + 1, "if %s == 1:" % n)
        out.c(ci, "case 1: {")
        render_block(out, pi + 2, ci + 1, self.b1)
        out.c(ci, "} [[fallthrough]];")
        out.c(ci, "case 2: {")
        render_block(out, pi + 1, ci + 1, self.b2)
        out.c(ci, "} break;")
        out.p(pi, "else:")
        out.c(ci, "default: {")
        render_block(out, pi + 1, ci + 1, self.bd)
        out.c(ci, "} break;")
        out.c(ci, "}")


class Loop:
    """kind: 'for' (for with counter), 'ycond' (for whose condition yields),
    'while' (counter bumped first, so continue is safe), 'do' (do-while; no
    continue, which in Python would skip the condition).
    jump: '', 'break' or 'continue' when the counter reaches the last round."""

    def __init__(self, kind, var, n, jump, body, yv=None):
        self.kind, self.var, self.n, self.jump, self.body, self.yv = kind, var, n, jump, body, yv

    def blocks(self):
        return [self.body]

    def render(self, out, pi, ci):
        i, n = self.var, self.n
        if self.kind == "for":
            out.p(pi, "for %s in range(%d):" % (i, n))
            out.c(ci, "for (int %s = 0; %s < %d; ++%s) {" % (i, i, n, i))
            bi = pi + 1
        elif self.kind == "ycond":
            y = Y(self.yv)
            out.p(pi, "for %s in range(%d):" % (i, n))
            out.p(pi + 1, "if not (%s != 5):" % y[0])
            out.p(pi + 2, "break")
            out.c(ci, "for (int %s = 0; %s < %d && %s != 5; ++%s) {" % (i, i, n, y[1], i))
            bi = pi + 1
        elif self.kind == "range":
            vs = ", ".join(str(k) for k in range(n))
            out.p(pi, "for %s in [%s]:" % (i, vs))
            out.c(ci, "for (int %s : std::vector<int>{%s}) {" % (i, vs))
            bi = pi + 1
        elif self.kind == "ywhile":
            y = Y(self.yv)
            out.p(pi, "%s = 0" % i)
            out.p(pi, "while %s < %d and %s != 5:" % (i, n, y[0]))
            out.p(pi + 1, "%s += 1" % i)
            out.c(ci, "int %s = 0;" % i)
            out.c(ci, "while (%s < %d && %s != 5) {" % (i, n, y[1]))
            out.c(ci + 1, "++%s;" % i)
            bi = pi + 1
        elif self.kind == "yinc":
            # The increment runs before every round but the first, also
            # after a continue.
            y = Y(self.yv)
            out.p(pi, "%s = 0" % i)
            out.p(pi, "%s_first = True" % i)
            out.p(pi, "while True:")
            out.p(pi + 1, "if not %s_first:" % i)
            out.p(pi + 2, "%s += 2 if %s > 100 else 1" % (i, y[0]))
            out.p(pi + 1, "%s_first = False" % i)
            out.p(pi + 1, "if not (%s < %d):" % (i, n))
            out.p(pi + 2, "break")
            out.c(ci, "for (int %s = 0; %s < %d; %s += %s > 100 ? 2 : 1) {" % (i, i, n, i, y[1]))
            bi = pi + 1
        elif self.kind == "while":
            out.p(pi, "%s = 0" % i)
            out.p(pi, "while %s < %d:" % (i, n))
            out.p(pi + 1, "%s += 1" % i)
            out.c(ci, "int %s = 0;" % i)
            out.c(ci, "while (%s < %d) {" % (i, n))
            out.c(ci + 1, "++%s;" % i)
            bi = pi + 1
        else:  # do
            out.p(pi, "%s = 0" % i)
            out.p(pi, "while True:")
            out.c(ci, "int %s = 0;" % i)
            out.c(ci, "do {")
            bi = pi + 1
        out.p(bi, "print('loop', %s)" % i)
        out.c(ci + 1, 'say("loop ", %s);' % i)
        if self.jump:
            last = n if self.kind in ("while", "ywhile") else n - 1
            out.p(bi, "if %s == %d:" % (i, last))
            out.p(bi + 1, self.jump)
            out.c(ci + 1, "if (%s == %d) {" % (i, last))
            out.c(ci + 2, self.jump + ";")
            out.c(ci + 1, "}")
        render_block(out, bi, ci + 1, self.body)
        if self.kind == "do":
            if self.yv is not None:
                y = Y(self.yv)
                out.p(bi, "%s += 1" % i)
                out.p(bi, "if not (%s < %d and %s != 5):" % (i, n, y[0]))
                out.p(bi + 1, "break")
                out.c(ci, "} while (++%s < %d && %s != 5);" % (i, n, y[1]))
            else:
                out.p(bi, "%s += 1" % i)
                out.p(bi, "if not (%s < %d):" % (i, n))
                out.p(bi + 1, "break")
                out.c(ci, "} while (++%s < %d);" % (i, n))
        else:
            out.c(ci, "}")


class TLoop:
    """The loops of the newer lowering paths. kind:
    'cvfor': `for (int i = 0; Cond cv = Cond("cv", e); i += tr(1))` or
      `for (...; int w = e; ...)`: the condition variable is made at the top
      of each round and dies after the increment; a continue runs the
      increment (which prints) first. e may yield or keep a temporary.
    'twhile', 'tfor', 'tdo': a Temp in the condition; 'tinc': a Temp in a
      for's increment. The Tracer dies before the body or the next test.
    'mfor': `for (int i = tr(0), m = e; i < m % 3 + 1; ++i)`, e a value
      that may yield (a later declarator of the init-statement).
    aux: the condition variable's or the second declarator's name."""

    def __init__(self, kind, var, n, jump, body, val, aux=None, cvkind=None):
        self.kind, self.var, self.n, self.jump, self.body = kind, var, n, jump, body
        self.val, self.aux, self.cvkind = val, aux, cvkind

    def blocks(self):
        return [self.body]

    def render(self, out, pi, ci):
        i, n, k = self.var, self.n, self.kind
        ic = i + "_c"
        tail = []          # Python statements after the body
        fin = None         # (indent, statement) of a finally after the body
        last = n - 1
        if k == "cvfor":
            cv = self.aux
            out.p(pi, "%s = 0" % i)
            out.p(pi, "while True:")
            if self.cvkind == "cond":
                self.val.emit(out, pi + 1, lambda v: ["%s = Cond(%r, %s)" % (cv, cv, v)])
                out.p(pi + 1, "try:")
                out.p(pi + 2, "if not %s.v:" % cv)
                out.p(pi + 3, "break")
                decl = 'Cond %s = Cond("%s", %s)' % (cv, cv, self.val.cpp)
                bi = pi + 2
                fin = (pi + 1, "%s.done()" % cv)
            else:
                self.val.emit(out, pi + 1, lambda v: ["%s = %s" % (cv, v)])
                out.p(pi + 1, "if not %s:" % cv)
                out.p(pi + 2, "break")
                decl = "int %s = %s" % (cv, self.val.cpp)
                bi = pi + 1
            out.c(ci, "for (int %s = 0; %s; %s += tr(1)) {" % (i, decl, i))
            tail = ["%s += tr(1)" % i]
        elif k == "twhile":
            out.p(pi, "%s = 0" % i)
            out.p(pi, "while True:")
            self.val.emit(out, pi + 1, lambda v: ["%s = %s" % (ic, v)])
            out.p(pi + 1, "if not %s:" % ic)
            out.p(pi + 2, "break")
            out.p(pi + 1, "%s += 1" % i)
            out.c(ci, "int %s = 0;" % i)
            out.c(ci, "while (%s) {" % self.val.cpp)
            out.c(ci + 1, "++%s;" % i)
            bi = pi + 1
            last = n
        elif k in ("tfor", "tinc"):
            out.p(pi, "%s = 0" % i)
            out.p(pi, "%s_first = True" % i)
            out.p(pi, "while True:")
            out.p(pi + 1, "if not %s_first:" % i)
            if k == "tfor":
                out.p(pi + 2, "%s += 1" % i)
            else:
                self.val.emit(out, pi + 2, lambda v: ["%s += %s" % (i, v)])
            out.p(pi + 1, "%s_first = False" % i)
            if k == "tfor":
                self.val.emit(out, pi + 1, lambda v: ["%s = %s" % (ic, v)])
                out.p(pi + 1, "if not %s:" % ic)
                out.c(ci, "for (int %s = 0; %s; ++%s) {" % (i, self.val.cpp, i))
            else:
                out.p(pi + 1, "if not (%s < %d):" % (i, n))
                out.c(ci, "for (int %s = 0; %s < %d; %s += %s) {" % (i, i, n, i, self.val.cpp))
            out.p(pi + 2, "break")
            bi = pi + 1
        elif k == "tdo":
            out.p(pi, "%s = 0" % i)
            out.p(pi, "while True:")
            out.c(ci, "int %s = 0;" % i)
            out.c(ci, "do {")
            bi = pi + 1
        else:  # mfor
            m = self.aux
            out.p(pi, "%s = tr(0)" % i)
            self.val.emit(out, pi, lambda v: ["%s = %s" % (m, v)])
            out.p(pi, "for %s in range(%s, %s %% 3 + 1):" % (i, i, m))
            out.c(ci, "for (int %s = tr(0), %s = %s; %s < %s %% 3 + 1; ++%s) {" % (
                i, m, self.val.cpp, i, m, i))
            bi = pi + 1
        out.p(bi, "print('loop', %s)" % i)
        out.c(ci + 1, 'say("loop ", %s);' % i)
        if k == "cvfor" and self.cvkind == "int":
            out.p(bi, "print(%r, %s)" % (self.aux, self.aux))
            out.c(ci + 1, 'say("%s ", %s);' % (self.aux, self.aux))
        if self.jump:
            out.p(bi, "if %s == %d:" % (i, last))
            if k == "cvfor" and self.jump == "continue":
                out.p(bi + 1, tail[0])
            out.p(bi + 1, self.jump)
            out.c(ci + 1, "if (%s == %d) {" % (i, last))
            out.c(ci + 2, self.jump + ";")
            out.c(ci + 1, "}")
        render_block(out, bi, ci + 1, self.body)
        for t in tail:
            out.p(bi, t)
        if fin:
            out.p(fin[0], "finally:")
            out.p(fin[0] + 1, fin[1])
        if k == "tdo":
            out.p(bi, "%s += 1" % i)
            self.val.emit(out, bi, lambda v: ["%s = %s" % (ic, v)])
            out.p(bi, "if not %s:" % ic)
            out.p(bi + 1, "break")
            out.c(ci + 1, "++%s;" % i)
            out.c(ci, "} while (%s);" % self.val.cpp)
        else:
            out.c(ci, "}")


class VDecl:
    """`int name = value;` for a Val or a Temp, then prints it."""

    def __init__(self, name, val):
        self.name, self.val = name, val

    def render(self, out, pi, ci):
        n = self.name
        self.val.emit(out, pi, lambda v: ["%s = %s" % (n, v)])
        out.p(pi, "print(%r, %s)" % (n, n))
        out.c(ci, "int %s = %s;" % (n, self.val.cpp))
        out.c(ci, 'say("%s ", %s);' % (n, n))


class TIf(If):
    """if whose condition is a Temp: the Tracer dies before the branch."""

    def __init__(self, name, val, then, other):
        self.name, self.val, self.then, self.other = name, val, then, other

    def render(self, out, pi, ci):
        self.val.emit(out, pi, lambda v: ["%s = %s" % (self.name, v)])
        render_if(out, pi, ci, self.name, self.val.cpp, self.then, self.other)


class MultiDecl:
    """`int m1 = v1, m2 = v2, m3 = v3;`: each declarator is a
    full-expression of its own, made in turn (a Temp's Tracer dies before
    the next declarator runs); then prints them all."""

    def __init__(self, names, vals):
        self.names, self.vals = names, vals

    def render(self, out, pi, ci):
        for n, v in zip(self.names, self.vals):
            v.emit(out, pi, lambda e, n=n: ["%s = %s" % (n, e)])
        out.p(pi, "print(%s)" % ", ".join(["%r" % self.names[0]] + self.names))
        out.c(ci, "int %s;" % ", ".join("%s = %s" % (n, v.cpp) for n, v in zip(self.names, self.vals)))
        out.c(ci, 'say("%s ", %s);' % (self.names[0], ', " ", '.join(self.names)))


class Declarator:
    """One Tracer of a MultiLocal. kind: 'plain' (`t("t")`), 'val'
    (`t("t", value)`, a Val or a Temp) or 'str' (`t("t" +
    std::to_string(yield))`, whose name ends in the sent value)."""

    def __init__(self, name, kind, val=None):
        self.name, self.kind, self.val = name, kind, val

    def cpp(self):
        n = self.name
        if self.kind == "plain":
            return '%s("%s")' % (n, n)
        if self.kind == "val":
            return '%s("%s", %s)' % (n, n, self.val.cpp)
        return '%s("%s" + std::to_string(%s))' % (n, n, Y(self.val)[1])

    def render_py(self, out, pi):
        n = self.name
        if self.kind == "plain":
            out.p(pi, "%s = Tracer(%r)" % (n, n))
        elif self.kind == "val":
            self.val.emit(out, pi, lambda v: ["%s = Tracer(%r, %s)" % (n, n, v)])
        else:
            out.p(pi, "%s = Tracer(%r + str(%s))" % (n, n, Y(self.val)[0]))


class MultiLocal:
    """`Tracer h1("h1"), h2(...), ...;` with a yield in a later
    declarator: each Tracer is made in turn, and render_block gives each its
    own try/finally."""

    def __init__(self, decls):
        self.decls = decls

    def render_cpp(self, out, ci):
        out.c(ci, "Tracer %s;" % ", ".join(d.cpp() for d in self.decls))


# Aggregates made from braced lists with markers among their elements.
# A type is IntT, PartT (the tracing member, `Part`: it prints its
# construction and destruction, and nothing when moved from or when a
# moved-from one dies, so the move corogen makes of a kept element into its
# member leaves no line), StructT or ArrayT. A value is a Leaf or a List of
# values, in the type's shape.

class IntT:
    pass


class PartT:
    pass


class PartRefT:
    """A `const Part &` member, bound to the Part prvalue its element makes:
    C++ keeps that temporary alive as long as the local, and destroys it
    after the local (corogen keeps it in a slot of its own, made where the
    list makes it, before a later marker's suspension)."""
    pass


class StructT:
    """`struct name { fields };`, at namespace scope or, when local, in the
    generator's body just before the declaration that uses it."""

    def __init__(self, name, fields, local):
        self.name, self.fields, self.local = name, fields, local

    def structs(self):
        """This struct and the structs of its members, inner ones first."""
        found = []
        for _, t in self.fields:
            found += structs_of(t)
        return found + [self]

    def definition(self):
        members = []
        for f, t in self.fields:
            if isinstance(t, ArrayT):
                members.append("%s %s[%d];" % (type_name(t.elem), f, t.n))
            else:
                members.append("%s %s;" % (type_name(t), f))
        return "struct %s { %s };" % (self.name, " ".join(members))


class ArrayT:
    def __init__(self, elem, n):
        self.elem, self.n = elem, n


def type_name(t):
    if isinstance(t, IntT):
        return "int"
    if isinstance(t, PartT):
        return "Part"
    if isinstance(t, PartRefT):
        return "const Part &"
    return t.name


def structs_of(t):
    if isinstance(t, StructT):
        return t.structs()
    if isinstance(t, ArrayT):
        return structs_of(t.elem)
    return []


class Leaf:
    """An element: an int (py, cpp, with or without a yield) or a Part
    (name, and its constructor's second argument or None)."""

    def __init__(self, kind, py=None, cpp=None, name=None, arg=None):
        self.kind, self.py, self.cpp, self.name, self.arg = kind, py, cpp, name, arg

    def cpp_text(self):
        if self.kind == "int":
            return self.cpp
        if self.arg is None:
            return 'Part("%s")' % self.name
        return 'Part("%s", %s)' % (self.name, self.arg[1])

    def py_text(self):
        if self.kind == "int":
            return self.py
        if self.arg is None:
            return "Tracer(%r)" % self.name
        return "Tracer(%r, %s)" % (self.name, self.arg[0])


class List:
    """A braced list for a struct (fields) or an array (items; pad zeros
    follow them when the array is longer). elided: written without its
    braces, inside its parent's list (brace elision)."""

    def __init__(self, t, items, pad=0, elided=False):
        self.t, self.items, self.pad, self.elided = t, items, pad, elided

    def leaves(self):
        for v in self.items:
            if isinstance(v, List):
                yield from v.leaves()
            else:
                yield v

    def cpp_text(self):
        inner = ", ".join(v.cpp_text() for v in self.items)
        return inner if self.elided else "{%s}" % inner

    def py_text(self, leaf=None):
        """leaf(v) gives the Python text of a Leaf (its expression, or the
        temporary that holds its value)."""
        leaf = leaf or (lambda v: v.py_text())
        parts = [v.py_text(leaf) if isinstance(v, List) else leaf(v) for v in self.items]
        if isinstance(self.t, StructT):
            return "Agg(%s)" % ", ".join(
                "%s=%s" % (f, x) for (f, _), x in zip(self.t.fields, parts))
        return "[%s]" % ", ".join(parts + ["0"] * self.pad)


def field_paths(t, base):
    """(path, kind) of every int and Part in an object of type t; a path is
    spelled the same in both languages."""
    if isinstance(t, IntT):
        return [(base, "int")]
    if isinstance(t, (PartT, PartRefT)):
        return [(base, "part")]
    if isinstance(t, StructT):
        return [p for f, ft in t.fields for p in field_paths(ft, "%s.%s" % (base, f))]
    return [p for k in range(t.n) for p in field_paths(t.elem, "%s[%d]" % (base, k))]


def render_fields(out, pi, ci, label, paths):
    """Prints label and every field: an int's value, a Part's name."""
    py = [p if k == "int" else p + ".n" for p, k in paths]
    cpp = [p if k == "int" else p + ".n.c_str()" for p, k in paths]
    out.p(pi, "print(%s)" % ", ".join(["%r" % label] + py))
    out.c(ci, 'say("%s ", %s);' % (label, ', " ", '.join(cpp)))


def has_marker(leaf):
    if leaf.kind == "int":
        return "yield" in leaf.py
    return leaf.arg is not None and "yield" in leaf.arg[0]


def safe_leaves(value):
    """The leaves of a List, nested ones included, that may hold a marker:
    all of them. (Found by this grammar, corogen 0dbbd97, fixed in dd8ee05:
    a nested list before a marker of its enclosing list was kept whole,
    which did not compile for an array's list or elided braces, and was
    refused for a list of a class of the body; its elements are kept now.)"""
    safe = []
    for v in value.items:
        if isinstance(v, List):
            safe += safe_leaves(v)
        else:
            safe.append(v)
    return safe


def type_first_markers(value):
    """A bare marker that starts an elided struct's list becomes
    `int(CORO_YIELD(v))`: the marker itself has no type until corogen
    gives it one, and clang could take it for the whole struct (corogen
    refuses that, README Limits)."""
    for v in value.items:
        if isinstance(v, List):
            type_first_markers(v)
    if value.elided and isinstance(value.t, StructT):
        first = value.items[0]
        while isinstance(first, List) and first.elided:
            first = first.items[0]
        if isinstance(first, Leaf) and first.kind == "int" and first.cpp.startswith("CORO_YIELD("):
            first.cpp = "int(%s)" % first.cpp


class AggDecl:
    """`S ag{tr(x), CORO_YIELD(5), {1, Part("pt"), 3}};`, `int ar[] = {...};`
    or `S ar[] = {{...}, {...}};`: a local made from a braced list with
    markers among its elements (nested lists, elided braces), of a struct
    declared at namespace scope or in the body (a local class, which
    corogen keeps in a box), then prints its fields. C++ evaluates the
    elements left to right; the ones before a marker are kept across it (a
    Part prvalue is moved into its member after the resume, silently).
    Python builds the same value; when there are Parts it evaluates each
    element into a temporary of its own and opens a try/finally after each
    Part, so the Part dies where C++ destroys the kept element (at a close
    or an exception at a later marker) or the local's member (at the block's
    end)."""

    def __init__(self, name, t, value, style):
        self.name, self.t, self.value, self.style = name, t, value, style

    def ns_structs(self):
        return [s for s in structs_of(self.t) if not s.local]

    def paths(self):
        return field_paths(self.t, self.name)

    def cpp_decl(self):
        n, t, init = self.name, self.t, self.value.cpp_text()
        if isinstance(t, ArrayT):
            size = "" if self.style == "unsized" else str(t.n)
            eq = "" if self.style == "direct" else " = "
            return "%s %s[%s]%s%s;" % (type_name(t.elem), n, size, eq, init)
        eq = " = " if self.style == "copy" else ""
        return "%s %s%s%s;" % (t.name, n, eq, init)

    def render_scoped(self, out, pi, ci):
        for s in structs_of(self.t):
            if s.local:
                out.c(ci, s.definition())
        out.c(ci, self.cpp_decl())
        leaves = list(self.value.leaves())
        finals = []
        ind = pi
        if any(v.kind == "part" for v in leaves):
            temps = {}
            for k, v in enumerate(leaves):
                if v.kind == "part":
                    out.p(ind, "%s = %s" % (v.name, v.py_text()))
                    out.p(ind, "try:")
                    ind += 1
                    finals.append("%s.done()" % v.name)
                    temps[id(v)] = v.name
                else:
                    temps[id(v)] = "%s_%d" % (self.name, k)
                    out.p(ind, "%s = %s" % (temps[id(v)], v.py_text()))
            out.p(ind, "%s = %s" % (self.name, self.value.py_text(lambda v: temps[id(v)])))
        else:
            out.p(ind, "%s = %s" % (self.name, self.value.py_text()))
        render_fields(out, ind, ci, self.name, self.paths())
        return ind, finals


class AggShow:
    """Prints an aggregate local's fields again, later in its block."""

    def __init__(self, decl):
        self.decl = decl

    def render(self, out, pi, ci):
        render_fields(out, pi, ci, "now " + self.decl.name, self.decl.paths())


class Try:
    """try with a typed handler (Err), a catch-all handler that rethrows or
    returns, or both. The typed handler prints the code; its block may yield, print the
    code again (the exception variable outlives its yields) and end in
    `throw;`."""

    def __init__(self, body, evar, handler, catch_all):
        self.body, self.evar, self.handler = body, evar, handler
        self.catch_all = catch_all

    def blocks(self):
        return [self.body] + ([self.handler] if self.evar else [])

    def render(self, out, pi, ci):
        out.p(pi, "try:")
        out.c(ci, "try {")
        render_block(out, pi + 1, ci + 1, self.body)
        if self.evar:
            e = self.evar
            out.p(pi, "except Err as %s:" % e)
            out.c(ci, "} catch (const Err &%s) {" % e)
            out.p(pi + 1, "print('caught', %s.code)" % e)
            out.c(ci + 1, 'say("caught ", %s.code);' % e)
            render_block(out, pi + 1, ci + 1, self.handler)
        if self.catch_all:
            out.p(pi, "except BaseException:")
            out.c(ci, "} catch (...) {")
            out.p(pi + 1, "print('unwinding')")
            out.c(ci + 1, 'say("unwinding");')
            if self.catch_all == "return":
                # Swallows anything, close()'s GeneratorExit included, and
                # ends the generator.
                out.p(pi + 1, "return 1")
                out.c(ci + 1, "CORO_RETURN(1);")
            else:
                out.p(pi + 1, "raise")
                out.c(ci + 1, "throw;")
        out.c(ci, "}")


class Rethrow:
    def render(self, out, pi, ci):
        out.p(pi, "raise")
        out.c(ci, "throw;")


class Throw:
    def __init__(self, cond, code):
        self.cond, self.code = cond, code

    def render(self, out, pi, ci):
        out.p(pi, "if %s:" % self.cond[0])
        out.p(pi + 1, "raise Err(%d)" % self.code)
        out.c(ci, "if (%s) {" % self.cond[1])
        out.c(ci + 1, "throw Err(%d);" % self.code)
        out.c(ci, "}")


class Return:
    def __init__(self, cond, value):
        self.cond, self.value = cond, value

    def render(self, out, pi, ci):
        out.p(pi, "if %s:" % self.cond[0])
        out.p(pi + 1, "return %d" % self.value)
        out.c(ci, "if (%s) {" % self.cond[1])
        out.c(ci + 1, "CORO_RETURN(%d);" % self.value)
        out.c(ci, "}")


# --------------------------------------------------------------------------
# Generators and programs

class Gen:
    def __init__(self, seed, index):
        self.index = index
        self.py_name = "s%d_g%d" % (seed, index)
        self.cpp_name = "g%d" % index
        self.body = []
        self.ret = 0

    def render(self, out):
        out.p(0, "def %s(a):" % self.py_name)
        out.p(1, "print(%r, a)" % self.cpp_name)
        out.p(1, "if a < 0:")
        out.p(2, "yield 0")  # a generator even when the body never yields
        out.c(0, "corogen::generator<int, int, int> %s(int a) {" % self.cpp_name)
        out.c(1, 'say("%s ", a);' % self.cpp_name)
        render_block(out, 1, 1, self.body)
        out.p(1, "return %d" % self.ret)
        out.c(1, "CORO_RETURN(%d);" % self.ret)
        out.c(0, "}")
        out.c(0, "")
        out.p(0, "")


class Program:
    def __init__(self, seed):
        self.seed = seed
        self.gens = []
        self.ops = []
        self.arg = 0

    def used_gens(self):
        """g0 and the generators some used generator delegates to."""
        used = {0}
        for g in self.gens:
            if g.index in used:
                for node in walk(g.body):
                    callee = getattr(node, "callee", None)
                    if callee is not None:
                        used.add(callee.index)
        return [g for g in self.gens if g.index in used]

    def render(self, out):
        out.c(0, "namespace prog%d {" % self.seed)
        # The structs the generators' aggregate locals use, inner ones first.
        for g in self.used_gens():
            for node in walk(g.body):
                if isinstance(node, AggDecl):
                    for s in node.ns_structs():
                        out.c(0, s.definition())
        # Callees are defined before their callers.
        for g in reversed(self.used_gens()):
            g.render(out)
        out.p(0, "def s%d_run():" % self.seed)
        out.p(1, "print('== seed %d')" % self.seed)
        out.p(1, "g = %s(%d)" % (self.gens[0].py_name, self.arg))
        out.c(0, "void run() {")
        out.c(1, 'say("== seed %d");' % self.seed)
        out.c(1, "auto g = g0(%d);" % self.arg)
        for op, v in self.ops:
            if op in ("send", "throw"):
                out.p(1, "do_%s(g, %d)" % (op, v))
                out.c(1, "do_%s(g, %d);" % (op, v))
            else:
                out.p(1, "do_%s(g)" % op)
                out.c(1, "do_%s(g);" % op)
        out.c(0, "}")
        out.c(0, "}  // namespace prog%d" % self.seed)
        out.c(0, "")
        out.p(0, "s%d_run()" % self.seed)
        out.p(0, "")


def walk(stmts):
    for s in stmts:
        yield s
        for b in blocks_of(s):
            yield from walk(b)


class Builder:
    """Draws a program from a seed."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.seed = seed
        self.n = 0

    def name(self, prefix):
        self.n += 1
        return "%s%d" % (prefix, self.n)

    def program(self):
        r = self.rng
        p = Program(self.seed)
        count = r.choice([1, 1, 2, 2, 3])
        p.gens = [Gen(self.seed, k) for k in range(count)]
        for g in reversed(p.gens):  # callees first, so callers see them
            budget = 24 if g.index == 0 else 10
            g.body = self.block(p, g, 0, budget, ["a"], [], False)
            g.ret = r.randint(10, 99)
        p.arg = r.randint(1, 9)
        for k in range(r.randint(3, 14)):
            op = r.choice(["next"] * 4 + ["send"] * 4 + ["throw", "throw", "state"])
            if k == 0 and op == "send" and r.random() < 0.8:
                op = "next"
            p.ops.append((op, r.randint(1, 9)))
        p.ops.append((r.choice(["close", "close", "drop", "next"]), 0))
        if p.ops[-1][0] == "next":
            p.ops.append(("drop", 0))
        return p

    def same_cond(self, ints):
        r = self.rng
        v = r.choice(ints)
        k = r.randint(2, 4)
        c = "%s %% %d == %d" % (v, k, r.randint(0, k - 1))
        return (c, c)

    def value_expr(self, ints):
        """An int expression with one yield in it, after other operands."""
        r = self.rng
        v = r.randint(0, 99)
        y = Y(v)
        w = r.choice(ints)
        kind = r.choice(["plain", "plain", "add", "call", "and", "or", "cond", "cond2",
                         "two", "twocall", "nested"])
        if kind == "plain":
            return Yraw(v)
        if kind in ("two", "twocall", "nested"):
            y2 = Y(r.randint(0, 99))
            if kind == "two":
                return ("%s * 10 + %s" % (y[0], y2[0]), "%s * 10 + %s" % (y[1], y2[1]))
            if kind == "twocall":
                return ("f2(%s, %s)" % (y[0], y2[0]), "f2(%s, %s)" % (y[1], y2[1]))
            # A yield whose operand yields first.
            return ("sv((yield %s + 1))" % y[0], "int(CORO_YIELD(%s + 1))" % y[1])
        if kind == "add":
            return ("tr(%s) + %s" % (w, y[0]), "tr(%s) + %s" % (w, y[1]))
        if kind == "call":
            return ("f2(tr(%s), %s)" % (w, y[0]), "f2(tr(%s), %s)" % (w, y[1]))
        c = self.same_cond(ints)
        if kind == "and":
            return ("int(%s and %s > 4)" % (c[0], y[0]), "int(%s && %s > 4)" % (c[1], y[1]))
        if kind == "or":
            return ("int(%s or %s > 4)" % (c[0], y[0]), "int(%s || %s > 4)" % (c[1], y[1]))
        if kind == "cond":
            return ("(%s if %s else %s)" % (y[0], c[0], w), "(%s ? %s : %s)" % (c[1], y[1], w))
        return ("(%s if %s else %s)" % (w, c[0], y[0]), "(%s ? %s : %s)" % (c[1], w, y[1]))

    def temp(self, ints, ctx, shapes=("plain", "plain", "and", "or", "cond", "cond2")):
        """A Temp for an int initialiser (ctx 'int') or an if's condition
        ('if'): the Tracer on the only path, or on one side of &&, || or
        ?: (only one such operand in a full-expression)."""
        r = self.rng
        shape = r.choice(shapes)
        t = Temp(self.name("u"), r.randint(0, 99), shape)
        if shape != "plain":
            t.c = self.same_cond(ints)[1]
        if shape in ("cond", "cond2"):
            t.w = r.choice(ints)
        if r.random() < 0.25:
            t.pre = r.choice(ints)
        if ctx == "int":
            if shape in ("and", "or"):
                t.inner, t.outer = ("@ > 4", "@ > 4"), ("int(@)", "int(@)")
        else:
            if shape in ("cond", "cond2"):
                t.outer = ("@ % 2 == 1", "@ % 2 == 1")
            else:
                t.inner = ("@ % 2 == 1", "@ % 2 == 1")
        return t

    def some_value(self, ints):
        """A value that yields: an expression or a Temp."""
        if self.rng.random() < 0.4:
            return self.temp(ints, "int")
        return Val(self.value_expr(ints))

    def loop_temp(self, i, n, ints):
        """A Temp in a loop's condition (i < n bounds it; the Tracer on the
        right of && or in a plain operand)."""
        r = self.rng
        t = Temp(self.name("u"), r.randint(0, 99))
        if r.random() < 0.5:
            t.shape, t.c, t.inner = "and", "%s < %d" % (i, n), ("@ != 5", "@ != 5")
        else:
            f = "%s < %d + @ %% 2" % (i, n)
            t.outer = (f, f)
        return t

    def block(self, p, g, depth, budget, ints, assignable, in_loop, loop_kind=None):
        """A block of up to a few statements. ints: int names in scope;
        assignable: those that may be assigned (not loop counters)."""
        r = self.rng
        ints = list(ints)
        assignable = list(assignable)
        stmts = []
        for _ in range(r.randint(1, 4) if depth else r.randint(3, 9)):
            if budget <= 0:
                break
            budget -= 1
            weights = {"yield": 4, "value": 3, "print": 1, "local": 2, "range": 1, "bind": 1,
                       "throw": 1, "return": 1}
            weights["store"] = 1
            weights.update({"tdecl": 2, "multi": 2, "agg": 1.5})
            if depth < 3:
                weights.update({"if": 2, "ifvar": 1, "loop": 2, "tloop": 1.5, "try": 3, "switch": 1,
                                "tif": 1})
            if assignable:
                weights["assign"] = 1
            if g.index + 1 < len(p.gens):
                weights["from"] = 3
            weights["self"] = 1
            kind = r.choices(list(weights), list(weights.values()))[0]
            # Throws and returns end the generator: keep them rarer at the
            # top level, where nothing catches.
            if kind in ("throw", "return") and r.random() < (0.7 if depth == 0 else 0.3):
                kind = "yield"
            if kind == "yield":
                stmts.append(ExprStmt(Yraw(r.randint(0, 99))))
            elif kind == "value":
                n = self.name("x")
                stmts.append(Decl(n, self.value_expr(ints)))
                ints.append(n)
                assignable.append(n)
            elif kind == "bind":
                a, b = self.name("p"), self.name("q")
                w = r.choice(ints)
                stmts.append(Bind(a, b, ("tr(%s)" % w, "tr(%s)" % w), Y(r.randint(0, 99))))
                ints += [a, b]
            elif kind == "assign":
                stmts.append(AddAssign(r.choice(assignable), Y(r.randint(0, 99))))
            elif kind == "print":
                stmts.append(Print("at", self.pick_int(ints)))
            elif kind == "local":
                expr = self.value_expr(ints) if r.random() < 0.3 else None
                stmts.append(Local(self.name("t"), expr))
            elif kind == "if":
                if r.random() < 0.5:
                    cond = self.same_cond(ints)
                else:
                    y = Y(r.randint(0, 99))
                    cond = (y[0] + " % 2 == 1", y[1] + " % 2 == 1")
                stmts.append(If(cond,
                                self.block(p, g, depth + 1, budget // 2, ints, assignable, in_loop, loop_kind),
                                self.block(p, g, depth + 1, budget // 2, ints, assignable, in_loop, loop_kind)))
            elif kind == "ifvar":
                n = self.name("v")
                inner = ints + [n]
                stmts.append(IfVar(n, Y(r.randint(0, 99)), r.random() < 0.5,
                                   self.block(p, g, depth + 1, budget // 2, inner, assignable, in_loop, loop_kind),
                                   self.block(p, g, depth + 1, budget // 2, inner, assignable, in_loop, loop_kind)))
            elif kind == "store":
                w = r.choice(ints)
                stmts.append(StoreAt(self.name("arr"), Y(r.randint(0, 99)), ("tr(%s)" % w, "tr(%s)" % w)))
            elif kind == "switch":
                expr = Y(r.randint(0, 99)) if r.random() < 0.5 else (lambda w: (w, w))(r.choice(ints))
                sub = budget // 3
                stmts.append(Switch(self.name("sw"), expr,
                                    *[self.block(p, g, depth + 1, sub, ints, assignable, in_loop, loop_kind)
                                      for _ in range(4)]))
            elif kind == "tdecl":
                n = self.name("x")
                stmts.append(VDecl(n, self.temp(ints, "int")))
                ints.append(n)
                assignable.append(n)
            elif kind == "multi" and r.random() < 0.5:
                names = [self.name("m") for _ in range(r.randint(2, 3))]
                w = r.choice(ints)
                vals = [Val(("tr(%s)" % w, "tr(%s)" % w)), self.some_value(ints)]
                if len(names) == 3:
                    e = "tr(%s) + %s" % (names[1], names[0])
                    vals.append(Val((e, e)))
                stmts.append(MultiDecl(names, vals))
                ints += names
                assignable += names
            elif kind == "multi":
                decls = []
                count = r.randint(2, 3)
                marked = r.randint(1, count - 1)  # a later declarator yields
                for k in range(count):
                    dn = self.name("h")
                    if k == marked or (k > 0 and r.random() < 0.3):
                        if r.random() < 0.4:
                            decls.append(Declarator(dn, "str", r.randint(0, 99)))
                        else:
                            decls.append(Declarator(dn, "val", self.some_value(ints)))
                    else:
                        decls.append(Declarator(dn, "plain"))
                stmts.append(MultiLocal(decls))
            elif kind == "tif":
                stmts.append(TIf(self.name("c"), self.temp(ints, "if"),
                                 self.block(p, g, depth + 1, budget // 2, ints, assignable, in_loop, loop_kind),
                                 self.block(p, g, depth + 1, budget // 2, ints, assignable, in_loop, loop_kind)))
            elif kind == "tloop":
                lk = r.choice(["cvfor", "cvfor", "twhile", "tdo", "tfor", "tinc", "mfor"])
                i = self.name("i")
                n = r.randint(1, 3)
                jump = r.choice(["", "break"] if lk == "tdo" else ["", "break", "continue"])
                inner = ints + [i]
                aux, cvkind, val = None, None, None
                if lk == "cvfor":
                    aux = self.name("cv" if r.random() < 0.6 else "w")
                    cvkind = "cond" if aux.startswith("cv") else "int"
                    if cvkind == "cond":
                        form = r.choice(["plain", "yield", "temp"])
                        base = "%d - %s" % (n, i)
                        if form == "plain":
                            val = Val((base, base))
                        elif form == "yield":
                            y = Y(r.randint(0, 99))
                            val = Val(("(%s) * (%s %% 2 + 1)" % (base, y[0]),
                                       "(%s) * (%s %% 2 + 1)" % (base, y[1])))
                        else:
                            val = Temp(self.name("u"), r.randint(0, 99))
                            f = "(%s) * (@ %% 2 + 1)" % base
                            val.outer = (f, f)
                    else:
                        v = r.randint(0, 99)
                        if r.random() < 0.5:
                            val = Val(Yraw(v))
                        else:
                            y = Y(v)
                            val = Val(("(%s if %s < %d else 0)" % (y[0], i, n),
                                       "%s < %d ? %s : 0" % (i, n, y[1])))
                        inner.append(aux)
                elif lk in ("twhile", "tfor", "tdo"):
                    val = self.loop_temp(i, n, ints)
                elif lk == "tinc":
                    val = Temp(self.name("u"), r.randint(0, 99))
                    if r.random() < 0.5:
                        val.outer = ("2 if @ > 100 else 1", "@ > 100 ? 2 : 1")
                    else:
                        val.shape, val.c = "and", self.same_cond(ints + [i])[1]
                        val.inner, val.outer = ("@ > 100", "@ > 100"), ("1 + @", "1 + @")
                else:  # mfor
                    aux = self.name("m")
                    val = self.some_value(ints)
                    inner.append(aux)
                body = self.block(p, g, depth + 1, budget // 2, inner, assignable, True, lk)
                if lk == "cvfor" and isinstance(val, Val) and "yield" not in val.py:
                    # A condition variable that no suspension touches is
                    # left to the compiler, and g++ 12 destroys it before
                    # the increment (clang++ and [stmt.for] after it). A
                    # yield in the body makes corogen lower the loop.
                    body.append(ExprStmt(Yraw(r.randint(0, 99))))
                stmts.append(TLoop(lk, i, n, jump, body, val, aux, cvkind))
            elif kind == "loop":
                lk = r.choice(["for", "for", "range", "ycond", "while", "ywhile", "yinc", "do"])
                i = self.name("i")
                n = r.randint(1, 3)
                jumps = ["", "break"] if lk == "do" else ["", "break", "continue"]
                jump = r.choice(jumps)
                yv = None
                if lk in ("ycond", "ywhile", "yinc") or (lk == "do" and r.random() < 0.5):
                    yv = r.randint(0, 99)
                body = self.block(p, g, depth + 1, budget // 2, ints + [i], assignable, True, lk)
                stmts.append(Loop(lk, i, n, jump, body, yv))
            elif kind == "try":
                body = self.block(p, g, depth + 1, budget // 2, ints, assignable, in_loop, loop_kind)
                if r.random() < 0.4:
                    body.append(Throw(self.same_cond(ints), r.randint(1, 9)))
                style = r.choice(["typed", "typed", "all", "both"])
                evar = self.name("e") if style != "all" else None
                handler = []
                if evar:
                    handler = self.block(p, g, depth + 1, budget // 3, ints, assignable, in_loop, loop_kind)
                if evar:
                    # The exception variable is still valid after the
                    # handler's yields; `throw;` rethrows it.
                    handler.append(Print("still", (evar + ".code", evar + ".code")))
                    if r.random() < 0.3:
                        handler.append(Rethrow())
                catch_all = None
                if style != "typed":
                    catch_all = "return" if r.random() < 0.3 else "rethrow"
                stmts.append(Try(body, evar, handler, catch_all))
            elif kind == "throw":
                stmts.append(Throw(self.same_cond(ints), r.randint(1, 9)))
            elif kind == "return":
                stmts.append(Return(self.same_cond(ints), r.randint(10, 99)))
            elif kind == "from":
                callee = p.gens[r.randint(g.index + 1, len(p.gens) - 1)]
                arg = str(r.randint(1, 9))
                rn = self.name("r")
                if r.random() < 0.3:
                    ln = self.name("sub")
                    stmts.append(LocalGen(ln, callee, arg))
                    stmts.append(YieldFrom(rn, callee, arg, local=ln))
                else:
                    stmts.append(YieldFrom(rn, callee, arg))
                ints.append(rn)
                assignable.append(rn)
            elif kind == "self":
                # A recursive generator: at most two levels deep.
                rn = self.name("r")
                stmts.append(If(("a > 4", "a > 4"), [YieldFrom(rn, g, "a - 4")], []))
            elif kind == "range":
                stmts.append(YieldFromRange([r.randint(0, 99) for _ in range(r.randint(0, 3))]))
            elif kind == "agg":
                d = self.agg_decl(ints)
                stmts.append(d)
                # Two of its int fields at most join the names later
                # statements read and assign (so as not to crowd out the
                # others).
                fields = [p for p, k in d.paths() if k == "int"]
                fields = r.sample(fields, min(2, len(fields)))
                ints += fields
                assignable += fields
        # Each aggregate local is printed again later in its block, so that
        # it lives across suspensions: often right after a yield of one of
        # its fields, else after whatever the block does in between.
        for d in [s for s in stmts if isinstance(s, AggDecl)]:
            k = stmts.index(d)
            at = r.randint(k + 1, len(stmts))
            show = [AggShow(d)]
            if r.random() < 0.75:
                path = r.choice([p for p, kind in d.paths() if kind == "int"] or ["1"])
                show.insert(0, ExprStmt(Yraw(path)))
            stmts[at:at] = show
        return stmts

    def struct_type(self, local, depth=0, refs=False):
        """A struct of two to four members: ints mostly, a Part (the
        tracing member), a struct or an int array. With `refs`, its Parts
        and its inner struct's are `const Part &`
        members bound to temporaries, and it has no Part of its own: C++
        destroys the local's Part members before the temporaries, which the
        Python twin's finally blocks, in reverse order of construction,
        would not."""
        r = self.rng
        fields = []
        parts = 0
        for k in range(r.randint(2, 4)):
            f = "abcdefgh"[k]
            x = r.random()
            if x < 0.2 and parts < 2:
                parts += 1
                fields.append(("t" + f, PartRefT() if refs else PartT()))
            elif x < 0.3 and depth < 1:
                inner_local = local and r.random() < 0.7
                fields.append((f, self.struct_type(inner_local, depth + 1, refs)))
            elif x < 0.37:
                fields.append((f, ArrayT(IntT(), r.randint(1, 3))))
            else:
                fields.append((f, IntT()))
        return StructT(self.name("L" if local else "S"), fields, local)

    def agg_value(self, t, ints, top=True, refs=False):
        """A braced list for an object of type t, its elements drawn
        (markers among them); None for a leaf's place to fill. With `refs`
        (a struct with `const Part &` members), no int element makes a
        temporary with a destructor, which, kept across a later marker,
        would die before a Part temporary made after it that lives on
        (corogen refuses that order: its unwinding chain is one list)."""
        r = self.rng
        if isinstance(t, IntT):
            x = r.random()
            if x < 0.2:
                e = str(r.randint(0, 9))
                return Leaf("int", e, e)
            if x < 0.55 or (refs and x >= 0.85):
                w = r.choice(ints)
                return Leaf("int", "tr(%s)" % w, "tr(%s)" % w)
            if x < 0.85:
                py, cpp = Yraw(r.randint(0, 99))
                return Leaf("int", py, cpp)
            py, cpp = self.value_expr(ints)
            return Leaf("int", py, cpp)
        if isinstance(t, (PartT, PartRefT)):
            x = r.random()
            arg = None
            if x < 0.25:
                w = r.choice(ints)
                arg = ("tr(%s)" % w, "tr(%s)" % w)
            elif x < 0.45:
                arg = Yraw(r.randint(0, 99))
            return Leaf("part", name=self.name("pt"), arg=arg)
        if isinstance(t, StructT):
            items = [self.agg_value(ft, ints, False, refs) for _, ft in t.fields]
        else:
            items = [self.agg_value(t.elem, ints, False, refs) for _ in range(t.n)]
        # Braces are elided only where the first element is no braced list
        # (which would make the whole member).
        first = items[0]
        elide = not top and (isinstance(first, Leaf) or first.elided)
        return List(t, items, elided=elide and r.random() < 0.25)

    def agg_decl(self, ints):
        """An AggDecl: a struct at namespace scope or a local one, an int
        array, or (rarely) an array of structs; at least one marker among
        the elements."""
        r = self.rng
        x = r.random()
        pad = 0
        refs = False
        if x < 0.4:
            refs = r.random() < 0.3
            t = self.struct_type(False, refs=refs)
            style = r.choice(["direct", "direct", "copy"])
        elif x < 0.75:
            refs = r.random() < 0.3
            t = self.struct_type(True, refs=refs)
            style = r.choice(["direct", "direct", "copy"])
        elif x < 0.92:
            n = r.randint(1, 4)
            style = r.choice(["unsized", "unsized", "sized", "direct"])
            if style != "unsized" and r.random() < 0.4:
                pad = r.randint(1, 2)
            t = ArrayT(IntT(), n + pad)
        else:
            t = ArrayT(self.struct_type(r.random() < 0.5, 1), r.randint(1, 2))
            style = r.choice(["unsized", "sized", "direct"])
        name = self.name("ag" if isinstance(t, StructT) else "ar")
        if isinstance(t, ArrayT) and isinstance(t.elem, IntT):
            items = [self.agg_value(IntT(), ints, False) for _ in range(t.n - pad)]
            value = List(t, items, pad)
        else:
            value = self.agg_value(t, ints, refs=refs)
        # Markers anywhere in the list; one at least.
        safe = safe_leaves(value) if isinstance(value, List) else [value]
        if not any(has_marker(v) for v in value.leaves()):
            # An int element becomes a yield, or a Part's argument does.
            ints_safe = [v for v in safe if v.kind == "int"]
            v = r.choice(ints_safe or safe)
            if v.kind == "int":
                v.py, v.cpp = Yraw(r.randint(0, 99))
            else:
                v.arg = Yraw(r.randint(0, 99))
        if isinstance(value, List):
            type_first_markers(value)
        return AggDecl(name, t, value, style)

    def pick_int(self, ints):
        w = self.rng.choice(ints)
        return (w, w)


PY_PRELUDE = '''import inspect
import sys


class Tracer:
    def __init__(self, n, v=None):
        self.n = n
        if v is None:
            print('ctor', n)
        else:
            print('ctor', n, v)

    def done(self):
        print('dtor', self.n)


class Cond:
    """C++'s Cond: a Tracer and a value, true when the value is not 0."""

    def __init__(self, n, v):
        self.t = Tracer(n, v)
        self.v = v

    def done(self):
        self.t.done()


class Agg:
    """An aggregate of C++: its fields by name."""

    def __init__(self, **fields):
        self.__dict__.update(fields)


class Err(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def sv(x):
    return 0 if x is None else x


def tr(k):
    print('eval', k)
    return k


def use(t, k):
    print('use', t.n, k)
    return k


def f2(a, b):
    return a * 10 + b


def report(g, call):
    try:
        print('got', call())
    except StopIteration as e:
        print('stop' if e.value is None else 'stop %d' % e.value)
    except Err as e:
        print('raised', e.code)
    except (TypeError, RuntimeError) as e:
        print('error', e)
    print('state', inspect.getgeneratorstate(g))


def do_next(g):
    report(g, lambda: next(g))


def do_send(g, v):
    report(g, lambda: g.send(v))


def do_throw(g, v):
    report(g, lambda: g.throw(Err(v)))


def do_state(g):
    print('state', inspect.getgeneratorstate(g))


def do_close(g):
    try:
        g.close()
        print('closed')
    except Err as e:
        print('raised', e.code)
    except RuntimeError as e:
        print('error', e)
    print('state', inspect.getgeneratorstate(g))


def do_drop(g):
    # C++'s destructor: close, and nothing escapes.
    try:
        g.close()
    except BaseException:
        pass
    print('dropped')


'''

CPP_PRELUDE = '''#include <corogen/corogen.hpp>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

inline void print(const char *s) { std::printf("%s", s); }
inline void print(int v) { std::printf("%d", v); }
template <class... A> void say(const A &...a) {
  using expand = int[];
  (void)expand{0, (print(a), 0)...};
  std::printf("\\n");
}

struct Tracer {
  std::string n;
  explicit Tracer(const char *n) : n(n) { say("ctor ", n); }
  Tracer(const char *n, int v) : n(n) { say("ctor ", n, " ", v); }
  explicit Tracer(const std::string &n) : n(n) { say("ctor ", n.c_str()); }
  Tracer(const Tracer &) = delete;
  ~Tracer() { say("dtor ", n.c_str()); }
};

// A member of aggregates made from braced lists: prints its construction
// and destruction only. corogen moves a kept Part element into its member
// after the resume (docs/semantics.md); the move and the moved-from
// object's destruction print nothing.
struct Part {
  std::string n;
  bool live = true;
  explicit Part(const char *n) : n(n) { say("ctor ", n); }
  Part(const char *n, int v) : n(n) { say("ctor ", n, " ", v); }
  Part(Part &&o) : n(o.n) { o.live = false; }
  Part(const Part &) = delete;
  ~Part() {
    if (live)
      say("dtor ", n.c_str());
  }
};

// Brace elision in aggregate initialisers is meant.
#pragma GCC diagnostic ignored "-Wmissing-braces"

struct Cond {
  Tracer t;
  int v;
  Cond(const char *n, int v) : t(n, v), v(v) {}
  explicit operator bool() const { return v != 0; }
};

inline int use(const Tracer &t, int k) {
  say("use ", t.n.c_str(), " ", k);
  return k;
}

struct Err {
  int code;
  explicit Err(int c) : code(c) {}
};

inline int tr(int k) {
  say("eval ", k);
  return k;
}
inline int f2(int a, int b) { return a * 10 + b; }

using gen_t = corogen::generator<int, int, int>;

template <class Call> void report(gen_t &g, Call call) {
  bool was_closed = g.state() == corogen::gen_state::closed;
  try {
    int v = call();
    say("got ", v);
  } catch (const corogen::stop_iteration &) {
    if (was_closed)
      say("stop");
    else
      say("stop ", g.result());
  } catch (const Err &e) {
    say("raised ", e.code);
  } catch (const corogen::generator_error &e) {
    say("error ", e.what());
  }
  say("state ", corogen::getgeneratorstate(g));
}
inline void do_next(gen_t &g) { report(g, [&] { return g.next(); }); }
inline void do_send(gen_t &g, int v) { report(g, [&] { return g.send(v); }); }
inline void do_throw(gen_t &g, int v) { report(g, [&] { return g.throw_exception(Err(v)); }); }
inline void do_state(gen_t &g) { say("state ", corogen::getgeneratorstate(g)); }
inline void do_close(gen_t &g) {
  try {
    g.close();
    say("closed");
  } catch (const Err &e) {
    say("raised ", e.code);
  } catch (const corogen::generator_error &e) {
    say("error ", e.what());
  }
  say("state ", corogen::getgeneratorstate(g));
}
inline void do_drop(gen_t &g) {
  { gen_t dropped = std::move(g); }
  say("dropped");
}

'''


def render_programs(programs):
    out = Out()
    for p in programs:
        p.render(out)
    py = PY_PRELUDE + "\n".join(out.py) + "\nprint('end')\n"
    cpp = CPP_PRELUDE + "\n".join(out.cpp) + "\nint main() {\n"
    for p in programs:
        cpp += "  prog%d::run();\n" % p.seed
    cpp += '  say("end");\n}\n'
    return py, cpp


def write(out_dir, programs):
    py, cpp = render_programs(programs)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "gen.py"), "w") as f:
        f.write(py)
    with open(os.path.join(out_dir, "gen.cpp"), "w") as f:
        f.write(cpp)


def program(seed):
    return Builder(seed).program()


if __name__ == "__main__":
    first = int(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    write(sys.argv[1], [program(s) for s in range(first, first + count)])
