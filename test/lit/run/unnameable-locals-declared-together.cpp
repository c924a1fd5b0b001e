// Several locals of types the frame cannot name (a class, a closure or an
// enumeration of the body), declared together, and such locals whose
// declaration defines a named class or enumeration: each gets a box and a
// declaration of its own, repeating the declaration's specifiers (the
// class's definition goes first). They are made in order, and a later
// initialiser sees the earlier locals; markers in their initialisers
// suspend in turn, and close() at each of them destroys what was made, in
// reverse order. Before, each was refused (diagnostics/unnameable-local.cpp
// keeps what still is).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::drive;
using trace::say;
using trace::Tracer;

int note(const char *what, int v) {
  say("eval ", what);
  return v;
}

corogen::generator<int, int> together() {
  struct L {
    Tracer t;
    int v;
  };
  L a{Tracer("a"), note("a", 1)}, b{Tracer("b"), a.v + 1}, *p = &b;
  CORO_YIELD(a.v + b.v);
  say("p ", p->t.name());
  auto f = [&] { return a.v * 10; }, g = f, &r = f;
  CORO_YIELD(f() + g() + r());
  struct P {
    int x, y;
  } q{1, 2}, arr[2] = {{3, 4}, {5, 6}};
  CORO_YIELD(q.x + arr[1].y);
  const struct N {
    Tracer t;
  } n1{Tracer("n1")}, n2{Tracer("n2")};
  CORO_YIELD(int(n1.t.name().size() + n2.t.name().size()));
  enum class E { one, two } e1 = E::one, e2 = E::two;
  CORO_YIELD(int(e1) + int(e2));
}
// CHECK-LABEL: together
// CHECK-NEXT: ctor a
// CHECK-NEXT: eval a
// CHECK-NEXT: ctor b
// CHECK-NEXT: got 3
// CHECK-NEXT: p b
// CHECK-NEXT: got 30
// CHECK-NEXT: got 7
// CHECK-NEXT: ctor n1
// CHECK-NEXT: ctor n2
// CHECK-NEXT: got 4
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor n2
// CHECK-NEXT: dtor n1
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: stop

corogen::generator<int, int> marked() {
  struct L {
    Tracer t;
    int v;
  };
  L a{Tracer("a"), CORO_YIELD(1)}, b{Tracer("b"), int(CORO_YIELD(2)) + a.v}, c{Tracer("c"), 3};
  say("abc ", a.v, " ", b.v, " ", c.v);
  CORO_YIELD(a.v + b.v + c.v);
}
// A kept class prvalue is moved into its member (docs/semantics.md).
// CHECK-LABEL: marked
// CHECK-NEXT: ctor a
// CHECK-NEXT: got 1
// CHECK-NEXT: move a
// CHECK-NEXT: dtor (moved-from) a
// CHECK-NEXT: ctor b
// CHECK-NEXT: got 2
// CHECK-NEXT: move b
// CHECK-NEXT: dtor (moved-from) b
// CHECK-NEXT: ctor c
// CHECK-NEXT: abc 2 5 3
// CHECK-NEXT: got 10
// CHECK-NEXT: dtor c
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: stop
// Closed at the first marker: only the kept Tracer was made.
// CHECK-LABEL: close after 1
// CHECK-NEXT: ctor a
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor a
// CHECK-NEXT: closed
// At the second: b's kept Tracer, then a.
// CHECK-LABEL: close after 2
// CHECK-NEXT: ctor a
// CHECK-NEXT: got 1
// CHECK-NEXT: move a
// CHECK-NEXT: dtor (moved-from) a
// CHECK-NEXT: ctor b
// CHECK-NEXT: got 2
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: closed
// CHECK-LABEL: close after 3
// CHECK-NEXT: ctor a
// CHECK-NEXT: got 1
// CHECK-NEXT: move a
// CHECK-NEXT: dtor (moved-from) a
// CHECK-NEXT: ctor b
// CHECK-NEXT: got 2
// CHECK-NEXT: move b
// CHECK-NEXT: dtor (moved-from) b
// CHECK-NEXT: ctor c
// CHECK-NEXT: abc 100 300 3
// CHECK-NEXT: got 403
// CHECK-NEXT: dtor c
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: closed

// In the init-statements of a `for` and an `if`, and in a template.
corogen::generator<int, int> headers() {
  struct C {
    int v;
  };
  for (C i{0}, n{2}; i.v < n.v; ++i.v)
    CORO_YIELD(i.v);
  if (struct K { int k; } k1{5}, k2{6}; k1.k < k2.k)
    CORO_YIELD(k1.k + k2.k);
}
// CHECK-LABEL: headers
// CHECK-NEXT: got 0
// CHECK-NEXT: got 1
// CHECK-NEXT: got 11
// CHECK-NEXT: stop

template <class T> corogen::generator<int, int> templated(T t) {
  struct L {
    T v;
  };
  L a{t}, b{T(CORO_YIELD(10))};
  for (L i{0}, n{t}; i.v < n.v; ++i.v)
    CORO_YIELD(i.v + b.v);
  if (struct K { T k; } k1{t}, k2{t + 1}; k1.k < k2.k) {
    CORO_YIELD(k1.k + k2.k + a.v);
  }
}
// CHECK-LABEL: templated
// CHECK-NEXT: got 10
// CHECK-NEXT: got 11
// CHECK-NEXT: got 12
// CHECK-NEXT: got 7
// CHECK-NEXT: stop

// A marker in a later declarator of a `for`'s init-statement, in a case of
// a switch, and a `goto` back past a declaration (which destroys what it
// declares), in a template.
template <class T> corogen::generator<int, int> jumps(T t) {
  struct L {
    Tracer tr;
    T v;
  };
  switch (t) {
  case 1: {
    L a{Tracer("a"), t}, b{Tracer("b"), T(CORO_YIELD(int(t)))};
    CORO_YIELD(int(a.v + b.v));
    break;
  }
  default:
    break;
  }
  for (L i{Tracer("i"), 0}, n{Tracer("n"), T(CORO_YIELD(5))}; i.v < n.v; ++i.v) {
    if (i.v == 1)
      continue;
    CORO_YIELD(int(i.v));
  }
  int k = 0;
again:
  {
    struct M {
      Tracer tr;
    } m1{Tracer("m1")}, m2{Tracer("m2")};
    CORO_YIELD(k);
    if (++k < 2)
      goto again;
  }
}
// CHECK-LABEL: jumps
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor b
// CHECK-NEXT: got 1
// CHECK-NEXT: move b
// CHECK-NEXT: dtor (moved-from) b
// CHECK-NEXT: got 3
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: ctor i
// CHECK-NEXT: ctor n
// CHECK-NEXT: got 5
// CHECK-NEXT: move n
// CHECK-NEXT: dtor (moved-from) n
// CHECK-NEXT: got 0
// CHECK-NEXT: got 2
// CHECK-NEXT: got 3
// CHECK-NEXT: got 4
// CHECK-NEXT: got 5
// CHECK-NEXT: dtor n
// CHECK-NEXT: dtor i
// CHECK-NEXT: ctor m1
// CHECK-NEXT: ctor m2
// CHECK-NEXT: got 0
// CHECK-NEXT: dtor m2
// CHECK-NEXT: dtor m1
// CHECK-NEXT: ctor m1
// CHECK-NEXT: ctor m2
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor m2
// CHECK-NEXT: dtor m1
// CHECK-NEXT: stop
// Closed at the marker in the `for`'s init-statement: the kept Tracer, then i.
// CHECK-LABEL: jumps closed
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor b
// CHECK-NEXT: got 1
// CHECK-NEXT: move b
// CHECK-NEXT: dtor (moved-from) b
// CHECK-NEXT: got 6
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: ctor i
// CHECK-NEXT: ctor n
// CHECK-NEXT: got 5
// CHECK-NEXT: dtor n
// CHECK-NEXT: dtor i
// CHECK-NEXT: closed

int main() {
  say("together");
  drive(together());
  say("marked");
  drive(marked());
  for (int stop = 1; stop <= 3; ++stop) {
    say("close after ", stop);
    auto g = marked();
    say("got ", g.next());
    for (int i = 1; i < stop; ++i)
      say("got ", g.send(i * 100));
    g.close();
    say("closed");
  }
  say("headers");
  drive(headers());
  say("templated");
  drive(templated(2));
  say("jumps");
  drive(jumps(1));
  say("jumps closed");
  {
    auto g = jumps(1);
    say("got ", g.next());
    say("got ", g.send(5));
    say("got ", g.send(6));
    g.close();
    say("closed");
  }
}
