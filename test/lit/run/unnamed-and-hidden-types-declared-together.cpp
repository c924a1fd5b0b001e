// Locals of types the frame cannot name, in declarations that corogen
// splits into one declaration per variable, where the split declarations
// cannot name the type that the declaration defines by its name alone: a
// class that a variable of its name hides (named `struct P` in each), an
// unnamed class defined for several variables, and an unnamed enumeration
// without enumerators (each named through a typedef of a pointer to it,
// declared with its definition); and, in a template, a declaration that
// mixes locals whose type the frame spells from their initialisers with
// one it cannot spell (all of them are boxed). Before, each was refused.
// Operands kept across a marker in a braced list are moved into their
// members (docs/semantics.md).
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

corogen::generator<int, int> hidden() {
  int P = 5;
  struct P {
    Tracer t;
    int x;
  } p{Tracer("p"), note("p", 1)}, q{Tracer("q"), CORO_YIELD(P)};
  CORO_YIELD(p.x + q.x);
  // (The variable `S` hides the class from the declarator after it.)
  struct S {
    int v;
  } S{2}, t{S.v + 1};
  CORO_YIELD(S.v * 10 + t.v);
  say("P ", P, " ", sizeof(struct P) == sizeof q, " ", t.v);
}
// CHECK-LABEL: hidden
// CHECK-NEXT: ctor p
// CHECK-NEXT: eval p
// CHECK-NEXT: ctor q
// CHECK-NEXT: got 5
// CHECK-NEXT: move q
// CHECK-NEXT: dtor (moved-from) q
// CHECK-NEXT: got 7
// CHECK-NEXT: got 23
// CHECK-NEXT: P 5 1 3
// CHECK-NEXT: dtor q
// CHECK-NEXT: dtor p
// CHECK-NEXT: stop

corogen::generator<int, int> unnamed() {
  const struct {
    Tracer t;
    int v;
  } a{Tracer("a"), 10}, b[2] = {{Tracer("b0"), 11}, {Tracer("b1"), CORO_YIELD(1)}}, *pa = &a;
  CORO_YIELD(pa->v + b[1].v);
  enum : int {} e{}, f = static_cast<decltype(e)>(CORO_YIELD(3)), g[2] = {};
  CORO_YIELD(int(e) + int(f) + int(g[1]));
  say("b ", b[0].t.name(), " ", b[1].t.name(), " ", b[1].v);
}
// CHECK-LABEL: unnamed
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor b0
// CHECK-NEXT: ctor b1
// CHECK-NEXT: got 1
// CHECK-NEXT: move b0
// CHECK-NEXT: move b1
// CHECK-NEXT: dtor (moved-from) b1
// CHECK-NEXT: dtor (moved-from) b0
// CHECK-NEXT: got 12
// CHECK-NEXT: got 3
// CHECK-NEXT: got 4
// CHECK-NEXT: b b0 b1 2
// CHECK-NEXT: dtor b1
// CHECK-NEXT: dtor b0
// CHECK-NEXT: dtor a
// CHECK-NEXT: stop
// Closed at b's marker: the kept elements die, then `a`.
// CHECK-LABEL: unnamed closed
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor b0
// CHECK-NEXT: ctor b1
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor b1
// CHECK-NEXT: dtor b0
// CHECK-NEXT: dtor a
// CHECK-NEXT: closed

template <class T> corogen::generator<int, int> mixed(T t) {
  struct Local {
    T v;
  };
  auto a = t, &r = a, l = Local{T("l")}.v, n = T(int(CORO_YIELD(5)) > 0 ? "n" : "?");
  CORO_YIELD(int(r.name().size() + l.name().size() + n.name().size()));
  say("a ", a.name(), " l ", l.name(), " n ", n.name());
}
// The argument is moved into the frame; `a` copies the frame's `t`.
// CHECK-LABEL: mixed
// CHECK-NEXT: ctor t
// CHECK-NEXT: move t
// CHECK-NEXT: copy t
// CHECK-NEXT: ctor l
// CHECK-NEXT: move l
// CHECK-NEXT: dtor (moved-from) l
// CHECK-NEXT: got 5
// CHECK-NEXT: ctor n
// CHECK-NEXT: got 3
// CHECK-NEXT: a t l l n n
// CHECK-NEXT: dtor n
// CHECK-NEXT: dtor l
// CHECK-NEXT: dtor t
// CHECK-NEXT: dtor t
// CHECK-NEXT: stop
// CHECK-NEXT: dtor (moved-from) t

int main() {
  say("hidden");
  drive(hidden());
  say("unnamed");
  drive(unnamed());
  say("unnamed closed");
  trace::close_at_first(unnamed());
  say("mixed");
  drive(mixed(Tracer("t")));
}
