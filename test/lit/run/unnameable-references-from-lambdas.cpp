// References that live across a suspension, of types the frame cannot name
// (a class of the body), whose initialiser holds a lambda: a local bound to
// an lvalue or an xvalue, and the range of a range-for that suspends. The
// box keeps the object's address and binds it again as the lvalue or the
// xvalue the initialiser is, without decltype of its text (which may hold
// no lambda before C++20); the initialiser runs once, not again on a
// resume. Before, each was refused.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <type_traits>
#include <utility>
#include <vector>

using trace::drive;
using trace::say;
using trace::Tracer;

corogen::generator<int, int> locals() {
  struct L {
    Tracer t;
    int v;
  };
  L l{Tracer("l"), 1};
  auto &r = [&]() -> L & {
    say("lvalue");
    return l;
  }();
  L &&x = [&]() -> L && {
    say("xvalue");
    return std::move(l);
  }();
  static_assert(std::is_same<decltype(x), L &&>::value, "declared as written");
  CORO_YIELD(r.v);
  r.v = 7;
  CORO_YIELD(x.v);
  // (Moved from as an xvalue, as `x` names one.)
  L m = static_cast<L &&>(x);
  say("m ", m.v, " ", m.t.name(), " ", &r == &l, " ", &x == &l);
}
// CHECK-LABEL: locals
// CHECK-NEXT: ctor l
// CHECK-NEXT: lvalue
// CHECK-NEXT: xvalue
// CHECK-NEXT: got 1
// CHECK-NEXT: got 7
// CHECK-NEXT: move l
// CHECK-NEXT: m 7 l 1 1
// CHECK-NEXT: dtor l
// CHECK-NEXT: dtor (moved-from) l
// CHECK-NEXT: stop

corogen::generator<int, int> ranges() {
  struct P {
    int v;
  };
  std::vector<P> ps{{1}, {2}};
  for (auto &p : [&]() -> std::vector<P> & {
         say("range");
         return ps;
       }()) {
    p.v = CORO_YIELD(p.v);
  }
  say("ps ", ps[0].v, " ", ps[1].v);
  for (auto &&p : [&]() -> std::vector<P> && { return std::move(ps); }())
    CORO_YIELD(p.v * 10);
}
// CHECK-LABEL: ranges
// CHECK-NEXT: range
// CHECK-NEXT: got 1
// CHECK-NEXT: got 2
// CHECK-NEXT: ps 2 3
// CHECK-NEXT: got 20
// CHECK-NEXT: got 30
// CHECK-NEXT: stop

int main() {
  say("locals");
  drive(locals());
  say("ranges");
  drive(ranges());
}
