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
}
