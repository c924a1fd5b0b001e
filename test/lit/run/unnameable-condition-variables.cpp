// Condition variables of types the frame cannot name (a class of the
// body), living across suspensions, in an `if` (both branches), a `while`
// (made and destroyed on each test), a `for`, a `switch` and a template:
// each is kept in a box, declared before the statement's rewritten test
// (`{ T v = e; if (v) ... }`), and a resume into the statement goes through
// its declaration. A marker in its initialiser suspends before it is made.
// Before, each was refused (diagnostics/unnameable-local.cpp).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::drive;
using trace::say;
using trace::Tracer;

corogen::generator<int, int> conds() {
  struct Flag {
    Tracer t;
    int v;
    explicit operator bool() const { return v > 0; }
  };
  int n = 3;
  if (Flag f{Tracer("if"), n})
    CORO_YIELD(f.v);
  else
    CORO_YIELD(-1);
  if (Flag f{Tracer("else"), n - 3})
    CORO_YIELD(f.v);
  else
    CORO_YIELD(-f.v - 2);
  while (Flag w{Tracer("while"), n--}) {
    CORO_YIELD(w.v * 10);
  }
  for (int i = 0; Flag c{Tracer("for"), 2 - i}; ++i)
    CORO_YIELD(c.v * 100);
  if (Flag m{Tracer("marked"), CORO_YIELD(7)})
    CORO_YIELD(m.v);
  struct Sel {
    int v;
    operator int() const { return v; }
  };
  switch (Sel s{2}) {
  case 1:
    CORO_YIELD(-1);
    break;
  case 2:
    CORO_YIELD(s.v * 1000);
    CORO_YIELD(s.v * 1001);
    break;
  }
}
template <class T> corogen::generator<int, int> templated(T t) {
  struct Box {
    T v;
    explicit operator bool() const { return v != T(); }
  };
  while (Box b{t}) {
    CORO_YIELD(int(b.v));
    t = t - 1;
  }
}
// CHECK-LABEL: conds
// CHECK-NEXT: ctor if
// CHECK-NEXT: got 3
// CHECK-NEXT: dtor if
// CHECK-NEXT: ctor else
// CHECK-NEXT: got -2
// CHECK-NEXT: dtor else
// CHECK-NEXT: ctor while
// CHECK-NEXT: got 30
// CHECK-NEXT: dtor while
// CHECK-NEXT: ctor while
// CHECK-NEXT: got 20
// CHECK-NEXT: dtor while
// CHECK-NEXT: ctor while
// CHECK-NEXT: got 10
// CHECK-NEXT: dtor while
// CHECK-NEXT: ctor while
// CHECK-NEXT: dtor while
// CHECK-NEXT: ctor for
// CHECK-NEXT: got 200
// CHECK-NEXT: dtor for
// CHECK-NEXT: ctor for
// CHECK-NEXT: got 100
// CHECK-NEXT: dtor for
// CHECK-NEXT: ctor for
// CHECK-NEXT: dtor for
// A kept class prvalue is moved into its member (docs/semantics.md).
// CHECK-NEXT: ctor marked
// CHECK-NEXT: got 7
// CHECK-NEXT: move marked
// CHECK-NEXT: dtor (moved-from) marked
// CHECK-NEXT: got 8
// CHECK-NEXT: dtor marked
// CHECK-NEXT: got 2000
// CHECK-NEXT: got 2002
// CHECK-NEXT: stop
// CHECK-LABEL: templated
// CHECK-NEXT: got 2
// CHECK-NEXT: got 1
// CHECK-NEXT: stop
// Closed in the `if`'s branch: the condition variable dies.
// CHECK-LABEL: closed
// CHECK-NEXT: ctor if
// CHECK-NEXT: got 3
// CHECK-NEXT: dtor if
// CHECK-NEXT: end

// `continue` and `break` in loops whose condition variable is boxed: each
// leaves the iteration destroying it; a `for`'s `continue` runs the
// increment, then makes it again.
corogen::generator<int, int> jumps() {
  struct C { Tracer t; int n; explicit operator bool() const { return n > 0; } };
  int n = 4;
  while (C c{Tracer("c"), n--}) {
    if (c.n == 3)
      continue;
    if (c.n == 1)
      break;
    CORO_YIELD(c.n);
  }
  for (int i = 0; C d{Tracer("d"), 2 - i}; ++i) {
    if (i == 0)
      continue;
    CORO_YIELD(d.n * 10);
  }
}
// CHECK-LABEL: jumps
// CHECK-NEXT: ctor c
// CHECK-NEXT: got 4
// CHECK-NEXT: dtor c
// CHECK-NEXT: ctor c
// CHECK-NEXT: dtor c
// CHECK-NEXT: ctor c
// CHECK-NEXT: got 2
// CHECK-NEXT: dtor c
// CHECK-NEXT: ctor c
// CHECK-NEXT: dtor c
// CHECK-NEXT: ctor d
// CHECK-NEXT: dtor d
// CHECK-NEXT: ctor d
// CHECK-NEXT: got 10
// CHECK-NEXT: dtor d
// CHECK-NEXT: ctor d
// CHECK-NEXT: dtor d
// CHECK-NEXT: stop

int main() {
  say("conds");
  drive(conds());
  say("templated");
  drive(templated(2));
  say("closed");
  {
    auto g = conds();
    say("got ", g.next());
    g.close();
  }
  say("end");
  say("jumps");
  drive(jumps());
}
