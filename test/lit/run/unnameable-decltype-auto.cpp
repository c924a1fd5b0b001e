// `decltype(auto)` locals of types the frame cannot name (a class of the
// body, a lambda's closure), living across a suspension. Where it deduces
// an object, the box makes it with `auto` and the const that decltype(auto)
// keeps (`new decltype(auto)(x)` would be read as decltype((x)) by g++);
// where it deduces a reference, the declaration stays and binds to what
// the box keeps. `decltype` of each name is what the source's is. Before,
// each was refused.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <type_traits>
#include <utility>

using trace::drive;
using trace::say;
using trace::Tracer;

corogen::generator<int, int> gen() {
  struct Local {
    Tracer t;
    int v;
  };
  struct Outer {
    Local m;
  };
  decltype(auto) a = Local{Tracer("a"), 1};
  static_assert(std::is_same<decltype(a), Local>::value, "a prvalue's type");
  a.v = CORO_YIELD(a.v);
  const Local x{Tracer("x"), 10};
  decltype(auto) b = x;
  static_assert(std::is_same<decltype(b), const Local>::value, "x's declared type");
  CORO_YIELD(b.v + a.v);
  decltype(auto) c = (x);
  static_assert(std::is_same<decltype(c), const Local &>::value, "(x) is an lvalue");
  decltype(auto) d = std::move(a);
  static_assert(std::is_same<decltype(d), Local &&>::value, "an xvalue");
  CORO_YIELD(c.v + d.v);
  say("c ", c.t.name(), " d ", d.t.name(), " same ", &c == &x, " ", &d == &a);
  decltype(auto) e = Outer{Local{Tracer("e"), 5}}.m;
  static_assert(std::is_same<decltype(e), Local>::value, "the member's declared type");
  CORO_YIELD(e.v);
  decltype(auto) f = [&] { return a.v * 100; };
  CORO_YIELD(f());
}
// C++ runs: a made; yield 1, sent 2; x made, b copied from it; yield 12;
// c and d refer to x and a; yield 12; the temporary Outer's member, an
// xvalue, moved into e, then the temporary dies; yield 5; f reads a; then
// e, b, x and a die, last first.
// CHECK:      ctor a
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor x
// CHECK-NEXT: copy x
// CHECK-NEXT: got 12
// CHECK-NEXT: got 12
// CHECK-NEXT: c x d a same 1 1
// CHECK-NEXT: ctor e
// CHECK-NEXT: move e
// CHECK-NEXT: dtor (moved-from) e
// CHECK-NEXT: got 5
// CHECK-NEXT: got 200
// CHECK-NEXT: dtor e
// CHECK-NEXT: dtor x
// CHECK-NEXT: dtor x
// CHECK-NEXT: dtor a
// CHECK-NEXT: stop
// CHECK-LABEL: closed
// CHECK-NEXT: ctor a
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor a
// CHECK-NEXT: closed

int main() {
  drive(gen());
  say("closed");
  trace::close_at_first(gen());
}
