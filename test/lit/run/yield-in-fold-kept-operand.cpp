// A fold's or an expansion's pattern with an operand before its marker
// that cannot be evaluated again after the resume (a call, an object
// made), `(sum(twice(ts), int(CORO_YIELD(ts))), ...);` (Python: `for t
// in ts: sum(twice(t), (yield t))`): each turn evaluates the operand
// before it suspends, and the frame keeps its value, one per element (the
// runtime's fold_tuple, of decltype of the operand's text), which the
// pattern reads after the resume; an object so made lives, as C++ keeps
// it, to the end of the whole statement, and dies then, last first, or
// when close() or an exception ends the turns. A part of the pattern whose
// type only the instantiation shows is checked there
// (transform/fold-made-check.cpp). In a condition, such an operand stays
// refused (diagnostics/marker-in-pack-expansion.cpp).
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>

using trace::drive;
using trace::say;
using trace::Tracer;

int twice(int a) {
  say("twice ", a);
  return 2 * a;
}
long twice(long a) {
  say("twice long ", a);
  return 2 * a;
}
int sum(long a, int b) {
  say("sum ", a, " ", b);
  return int(a) + b;
}

struct Item {
  explicit Item(int v) : t("i" + std::to_string(v)), v(v) {}
  Tracer t;
  int v;
};

int use(const Item &i, int b) {
  say("use ", i.t.name(), " ", b);
  if (b < 0)
    throw std::runtime_error("negative");
  return i.v + b;
}

template <class... Ts> corogen::generator<int, int> kept(Ts... ts) {
  // (A call of the element's type: `twice(long)` for a long.)
  (sum(twice(ts), int(CORO_YIELD(int(ts)))), ...);
  say("summed");
  // (An object: made before its element's suspension, destroyed after
  // the whole fold.)
  (use(Item(int(ts)), int(CORO_YIELD(int(ts) + 10))), ...);
  say("used");
  // (In a fold over another operator, and in a call's expansion.)
  int total = (0 + ... + (twice(int(ts)) * int(CORO_YIELD(int(ts) + 20))));
  say("total ", total);
  int all = sum((twice(int(ts)) + int(CORO_YIELD(int(ts) + 30)))...);
  say("all ", all);
}

// (An exception from the pattern after a resume: the objects made so far
// die as the generator unwinds.)
template <class... Ts> corogen::generator<int, int> throwing(Ts... ts) {
  (use(Item(int(ts)), int(CORO_YIELD(int(ts)))), ...);
  say("unreached");
}

int main() {
  drive(kept(1, 2L));
  // CHECK:      twice 1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: sum 2 2
  // CHECK-NEXT: twice long 2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: sum 4 3
  // CHECK-NEXT: summed
  // CHECK-NEXT: ctor i1
  // CHECK-NEXT: got 11
  // CHECK-NEXT: use i1 12
  // CHECK-NEXT: ctor i2
  // CHECK-NEXT: got 12
  // CHECK-NEXT: use i2 13
  // CHECK-NEXT: dtor i2
  // CHECK-NEXT: dtor i1
  // CHECK-NEXT: used
  // CHECK-NEXT: twice 1
  // CHECK-NEXT: got 21
  // CHECK-NEXT: twice 2
  // CHECK-NEXT: got 22
  // CHECK-NEXT: total 136
  // CHECK-NEXT: twice 1
  // CHECK-NEXT: got 31
  // CHECK-NEXT: twice 2
  // CHECK-NEXT: got 32
  // CHECK-NEXT: sum 34 37
  // CHECK-NEXT: all 71
  // CHECK-NEXT: stop
  {
    auto g = kept(5, 6);
    g.next();
    g.send(1);
    g.send(1);
    say("got ", g.send(1));
    g.close();
    say("closed");
  }
  // CHECK-NEXT: twice 5
  // CHECK-NEXT: sum 10 1
  // CHECK-NEXT: twice 6
  // CHECK-NEXT: sum 12 1
  // CHECK-NEXT: summed
  // CHECK-NEXT: ctor i5
  // CHECK-NEXT: use i5 1
  // CHECK-NEXT: ctor i6
  // CHECK-NEXT: got 16
  // CHECK-NEXT: dtor i6
  // CHECK-NEXT: dtor i5
  // CHECK-NEXT: closed
  {
    auto g = throwing(1, 2);
    say("got ", g.next());
    say("got ", g.send(4));
    try {
      g.send(-1);
    } catch (const std::runtime_error &e) {
      say("caught ", e.what());
    }
  }
  // CHECK-NEXT: ctor i1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: use i1 4
  // CHECK-NEXT: ctor i2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: use i2 -1
  // CHECK-NEXT: dtor i2
  // CHECK-NEXT: dtor i1
  // CHECK-NEXT: caught negative
}
