// Locals initialised by `(e)` where e is not a construction (a call that
// returns the object, `T x(make());`), living across a suspension: clang
// ends such a declarator with e, before its `)`, and the output misplaced
// what it adds after a declarator (it did not compile). Here: one alone,
// `auto`, a structured binding, several in one declaration, of types the
// frame can name and of one it cannot (boxed), and in a template.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <utility>

using trace::drive;
using trace::say;
using trace::Tracer;

Tracer make(const char *name) { return Tracer(name); }

corogen::generator<int, int> gen() {
  Tracer a(make("a"));
  auto b(make("b"));
  auto [c, n](std::make_pair(make("c"), 1));
  Tracer d(make("d")), e(make("e"));
  CORO_YIELD(n);
  struct Local {
    Tracer t;
  };
  auto mk = [](const char *name) { return Local{Tracer(name)}; };
  Local f(mk("f")), g(mk("g"));
  CORO_YIELD(2);
  say(a.name(), b.name(), c.name(), d.name(), e.name(), f.t.name(), g.t.name());
}
// CHECK-LABEL: plain
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor b
// CHECK-NEXT: ctor c
// CHECK-NEXT: move c
// CHECK-NEXT: dtor (moved-from) c
// CHECK-NEXT: ctor d
// CHECK-NEXT: ctor e
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor f
// CHECK-NEXT: ctor g
// CHECK-NEXT: got 2
// CHECK-NEXT: abcdefg
// CHECK-NEXT: dtor g
// CHECK-NEXT: dtor f
// CHECK-NEXT: dtor e
// CHECK-NEXT: dtor d
// CHECK-NEXT: dtor c
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: stop

template <class T> corogen::generator<int, int> templated(T t) {
  T a(make("a"));
  Tracer b(t), c(make("c"));
  CORO_YIELD(1);
  say(a.name(), b.name(), c.name());
}
// CHECK-LABEL: templated
// CHECK-NEXT: ctor t
// CHECK-NEXT: move t
// CHECK-NEXT: ctor a
// CHECK-NEXT: copy t
// CHECK-NEXT: ctor c
// CHECK-NEXT: got 1
// CHECK-NEXT: atc
// CHECK-NEXT: dtor c
// CHECK-NEXT: dtor t
// CHECK-NEXT: dtor a
// CHECK-NEXT: dtor t
// CHECK-NEXT: stop
// CHECK-NEXT: dtor (moved-from) t

int main() {
  say("plain");
  drive(gen());
  say("templated");
  drive(templated(Tracer("t")));
}
