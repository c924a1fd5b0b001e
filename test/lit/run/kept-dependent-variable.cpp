// In a template, a variable whose type depends on a template parameter,
// named alone as an argument of a call or an operand of `+`, `==` and the
// like, before a marker in the same expression: it makes no temporary, and
// it is kept by address; what reads it (a copy into a by-value parameter, a
// reference binding, an operator) happens where the expression goes on,
// after the resume. C++ orders neither before the other ([expr.call] p8),
// and the same object is read: a parameter, a local, an `auto` local, a
// reference, with one copy into the by-value parameter and none for the
// reference. Python twin:
//   def gen(t):
//       r = by_value(t, (yield 1)); local = t; q = by_ref(local, (yield r))
//       a = t; p = by_ref(a, (yield q)); same = (t == (yield p))
//       yield same
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

int by_value(Tracer t, int v) {
  say("by_value ", t.name(), " ", v);
  return v + 1;
}
int by_ref(const Tracer &t, int v) {
  say("by_ref ", t.name(), " ", v);
  return v + 1;
}
bool operator==(const Tracer &a, int v) { return static_cast<int>(a.name().size()) == v; }

template <class T> corogen::generator<int, int> gen(T t) {
  int r = by_value(t, int(CORO_YIELD(1)));
  T local = t;
  int q = by_ref(local, int(CORO_YIELD(r)));
  auto &a = local;
  int p = by_ref(a, int(CORO_YIELD(q)));
  bool same = (t == int(CORO_YIELD(p)));
  CORO_YIELD(same ? 1 : 0);
}

// A member of such a variable through `.`, or of `this`, names the same
// object after the resume: it is read there, as the variable is (before,
// refused as an operand of a dependent type).
template <class P> corogen::generator<int, int> members(P p) {
  int r = by_ref(p.tracer, int(CORO_YIELD(1)));
  CORO_YIELD(r + p.count);
}
struct Holder {
  Tracer tracer;
  int count;
};

int main() {
  {
    // CHECK-LABEL: members
    say("members");
    // CHECK-NEXT: ctor m
    // CHECK-NEXT: move m
    // CHECK-NEXT: dtor (moved-from) m
    auto g = members(Holder{Tracer("m"), 5});
    // CHECK-NEXT: got 1
    say("got ", g.next());
    // CHECK-NEXT: by_ref m 10
    // CHECK-NEXT: got 16
    say("got ", g.send(10));
    // CHECK-NEXT: dtor m
  }
  {
    // CHECK-NEXT: ctor x
    // CHECK-NEXT: move x
    // CHECK-NEXT: dtor (moved-from) x
    auto g = gen(Tracer("x"));
    // CHECK-NEXT: got 1
    say("got ", g.next());
    // CHECK-NEXT: copy x
    // CHECK-NEXT: by_value x 10
    // CHECK-NEXT: dtor x
    // CHECK-NEXT: copy x
    // CHECK-NEXT: got 11
    say("got ", g.send(10));
    // CHECK-NEXT: by_ref x 20
    // CHECK-NEXT: got 21
    say("got ", g.send(20));
    // CHECK-NEXT: by_ref x 30
    // CHECK-NEXT: got 31
    say("got ", g.send(30));
    // CHECK-NEXT: got 1
    say("got ", g.send(1));
    // CHECK-NEXT: dtor x
    // CHECK-NEXT: dtor x
  }
  // CHECK-NEXT: end
  say("end");
}
