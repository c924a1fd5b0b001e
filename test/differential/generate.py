#!/usr/bin/env python3
"""Writes one random generator program twice, as Python and as a
corogen-annotated C++ file, from a seed (issue 6's differential testing).

Both programs print the same trace when they behave the same: yields and
sent values, locals of a tracing class built and destroyed (Python closes
their scopes with try/finally at the matching block ends), and the result or
the StopIteration the driver sees. The grammar is small for now: nested
blocks, if/else, bounded while and for loops with break and continue, locals
of a tracing class, CORO_YIELD as a statement and as an initialiser, and
CORO_RETURN; the driver mixes next, send and close.

  generate.py SEED OUT_DIR   -> OUT_DIR/gen.py, OUT_DIR/gen.cpp
"""
import os
import random
import sys


class Program:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.py = []
        self.cpp = []
        self.names = 0
        self.counters = 0

    def emit(self, depth, py, cpp):
        if py is not None:
            self.py.append("    " * (depth + 1) + py)
        if cpp is not None:
            self.cpp.append("  " * (depth + 1) + cpp)

    def block(self, depth, budget):
        """A block of statements; returns nothing. Locals of the tracing
        class open a try/finally in Python that ends with the block."""
        opened = []
        self.emit(depth, "pass", None)  # a Python block is never empty
        for _ in range(self.rng.randint(1, 3)):
            if budget <= 0:
                break
            budget -= 1
            kind = self.rng.choice(["yield", "yield", "local", "if", "loop", "value", "print"]
                                   if depth < 3 else ["yield", "local", "print"])
            d = depth + len(opened)
            if kind == "yield":
                v = self.rng.randint(0, 99)
                self.emit(d, "yield %d" % v, "CORO_YIELD(%d);" % v)
            elif kind == "value":
                self.names += 1
                n = "s%d" % self.names
                v = self.rng.randint(0, 99)
                self.emit(d, "%s = yield %d" % (n, v), "int %s = CORO_YIELD(%d);" % (n, v))
                # Python's next() sends None; C++'s a value-initialised int.
                self.emit(d, "print('sent', %s or 0)" % n, "say(\"sent \", %s);" % n)
            elif kind == "print":
                self.emit(d, "print('at', %d)" % len(self.py), "say(\"at \", %d);" % len(self.py))
            elif kind == "local":
                self.names += 1
                n = "t%d" % self.names
                self.emit(d, "%s = Tracer('%s')" % (n, n), "Tracer %s(\"%s\");" % (n, n))
                self.emit(d, "try:", None)
                opened.append(n)
            elif kind == "if":
                self.counters += 1
                c = "c%d" % self.counters
                self.emit(d, "%s = %d" % (c, self.rng.randint(0, 1)),
                          "int %s = %d;" % (c, self.rng.randint(0, 1)))
                # The same value on both sides: emit once, in both languages.
                self.py[-1] = "    " * (d + 1) + "%s = %s" % (c, self.cpp[-1].split("=")[1].strip(" ;"))
                self.emit(d, "if %s:" % c, "if (%s) {" % c)
                self.block(d + 1, budget // 2)
                self.emit(d, "else:", "} else {")
                self.block(d + 1, budget // 2)
                self.emit(d, None, "}")
            elif kind == "loop":
                self.counters += 1
                i = "i%d" % self.counters
                n = self.rng.randint(1, 3)
                self.emit(d, "for %s in range(%d):" % (i, n), "for (int %s = 0; %s < %d; ++%s) {" % (i, i, n, i))
                self.emit(d + 1, "print('loop', %s)" % i, "say(\"loop \", %s);" % i)
                jump = self.rng.choice(["", "break", "continue"])
                if jump:
                    self.emit(d + 1, "if %s == %d:" % (i, n - 1), "if (%s == %d) {" % (i, n - 1))
                    self.emit(d + 2, jump, jump + ";")
                    self.emit(d + 1, None, "}")
                self.block(d + 1, budget // 2)
                self.emit(d, None, "}")
        for k, n in reversed(list(enumerate(opened))):
            self.emit(depth + k + 1, "pass", None)
            self.emit(depth + k, "finally:", None)
            self.emit(depth + k + 1, "%s.done()" % n, None)

    def driver(self):
        ops = []
        for _ in range(self.rng.randint(3, 12)):
            ops.append(self.rng.choice(["next", "next", "send"]))
        ops.append(self.rng.choice(["close", "drop"]))
        sends = [self.rng.randint(1, 9) for _ in ops]
        return ops, sends


PY_PRELUDE = '''import sys
class Tracer:
    def __init__(self, n):
        self.n = n
        print("ctor", n)
    def done(self):
        print("dtor", self.n)

def gen():
'''

CPP_PRELUDE = '''#include <corogen/corogen.hpp>
#include <cstdio>
#include <string>

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
  Tracer(const Tracer &) = delete;
  ~Tracer() { say("dtor ", n.c_str()); }
};

corogen::generator<int, int, int> gen() {
'''


def write(seed, out):
    p = Program(seed)
    p.block(0, 8)
    ops, sends = p.driver()
    py = PY_PRELUDE + "\n".join(p.py) + "\n    return 7\n    yield 0\n\n"
    py += "g = gen()\nfirst = True\n"
    cpp = CPP_PRELUDE + "\n".join(p.cpp) + "\n  CORO_RETURN(7);\n}\n\nint main() {\n  auto g = gen();\n"
    cpp += "  bool first = true;\n"
    for op, s in zip(ops, sends):
        if op in ("next", "send"):
            py += ("try:\n    v = next(g) if first or '%s' == 'next' else g.send(%d)\n"
                   "    first = False\n    print('got', v)\n"
                   "except StopIteration:\n    print('stop')\n") % (op, s)
            cpp += ("  try {\n    int v = (first || %s) ? g.next() : g.send(%d);\n"
                    "    first = false;\n    say(\"got \", v);\n"
                    "  } catch (const corogen::stop_iteration &) {\n"
                    "    say(\"stop\");\n  }\n") % (
                        "true" if op == "next" else "false", s)
        elif op == "close":
            py += "g.close()\nprint('closed')\n"
            cpp += "  g.close();\n  say(\"closed\");\n"
        else:
            py += "del g\nprint('dropped')\n"
            cpp += "  { auto dropped = std::move(g); }\n  say(\"dropped\");\n"
    cpp += "}\n"
    os.makedirs(out, exist_ok=True)
    open(os.path.join(out, "gen.py"), "w").write(py)
    open(os.path.join(out, "gen.cpp"), "w").write(cpp)


if __name__ == "__main__":
    write(int(sys.argv[1]), sys.argv[2])
