// A fold's pattern with several operands before its marker that cannot be
// evaluated again after the resume, `(use(Item(ts), Item(ts + 10),
// int(CORO_YIELD(ts))), ...);`: each turn makes them before it suspends,
// in an order C++ may evaluate them (an operator around the marker's
// operands before those of one inside it; the right of an assignment,
// which C++17 evaluates first, before its left; left to right among one
// operator's operands), and the frame keeps them, for each element, to
// the end of the statement, where they die in the reverse of their making,
// the last element's first, as C++ destroys the temporaries of the whole
// fold; or as close() or an exception unwinds the frame. With a guard,
// those outside it are made before its condition is tested.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::drive;
using trace::say;
using trace::Tracer;

struct Item {
  explicit Item(int v) : t("i" + std::to_string(v)), v(v) {}
  Tracer t;
  int v;
};
int use(const Item &a, const Item &b, int c) {
  say("use ", a.v, " ", b.v, " ", c);
  return a.v + b.v + c;
}
int twice(int a) {
  say("twice ", a);
  return 2 * a;
}
bool ok(int a) {
  say("ok ", a);
  return a > 0;
}
int sum(int a, int b) {
  say("sum ", a, " ", b);
  return a + b;
}

template <class... Ts> corogen::generator<int, int> two(Ts... ts) {
  (use(Item(int(ts)), Item(int(ts) + 10), int(CORO_YIELD(int(ts)))), ...);
  say("used");
}

template <class... Ts> corogen::generator<int, int> levels(Ts... ts) {
  // (One kept around the marker's call, one inside it.)
  (sum(twice(int(ts)), sum(twice(int(ts) + 1), int(CORO_YIELD(int(ts))))), ...);
  say("summed");
  // (The right of the assignment first, then the guard's condition.)
  int a[4] = {};
  ((a[ok(int(ts)) ? int(CORO_YIELD(int(ts) + 10)) - 11 : 0] = twice(int(ts))), ...);
  say("a ", a[0], " ", a[1], " ", a[2], " ", a[3]);
  // (One kept outside the guard, made in every turn, one inside it.)
  (sum(twice(int(ts)), ok(int(ts)) ? sum(twice(int(ts) + 1), int(CORO_YIELD(int(ts) + 20))) : 0),
   ...);
  say("guarded");
}

int main() {
  drive(two(1, 2L));
  // CHECK:      ctor i1
  // CHECK-NEXT: ctor i11
  // CHECK-NEXT: got 1
  // CHECK-NEXT: use 1 11 2
  // CHECK-NEXT: ctor i2
  // CHECK-NEXT: ctor i12
  // CHECK-NEXT: got 2
  // CHECK-NEXT: use 2 12 3
  // CHECK-NEXT: dtor i12
  // CHECK-NEXT: dtor i2
  // CHECK-NEXT: dtor i11
  // CHECK-NEXT: dtor i1
  // CHECK-NEXT: used
  // CHECK-NEXT: stop

  drive(levels(1, -2L));
  // CHECK-NEXT: twice 1
  // CHECK-NEXT: twice 2
  // CHECK-NEXT: got 1
  // CHECK-NEXT: sum 4 2
  // CHECK-NEXT: sum 2 6
  // CHECK-NEXT: twice -2
  // CHECK-NEXT: twice -1
  // CHECK-NEXT: got -2
  // CHECK-NEXT: sum -2 -1
  // CHECK-NEXT: sum -4 -3
  // CHECK-NEXT: summed
  // CHECK-NEXT: twice 1
  // CHECK-NEXT: ok 1
  // CHECK-NEXT: got 11
  // CHECK-NEXT: twice -2
  // CHECK-NEXT: ok -2
  // CHECK-NEXT: a -4 2 0 0
  // CHECK-NEXT: twice 1
  // CHECK-NEXT: ok 1
  // CHECK-NEXT: twice 2
  // CHECK-NEXT: got 21
  // CHECK-NEXT: sum 4 22
  // CHECK-NEXT: sum 2 26
  // CHECK-NEXT: twice -2
  // CHECK-NEXT: ok -2
  // CHECK-NEXT: sum -4 0
  // CHECK-NEXT: guarded
  // CHECK-NEXT: stop

  // close() at the second element's yield: the objects made so far die,
  // last first.
  {
    auto g = two(1, 2L, 3);
    say("got ", g.next());
    say("got ", g.send(5));
    g.close();
    say("closed");
  }
  // CHECK-NEXT: ctor i1
  // CHECK-NEXT: ctor i11
  // CHECK-NEXT: got 1
  // CHECK-NEXT: use 1 11 5
  // CHECK-NEXT: ctor i2
  // CHECK-NEXT: ctor i12
  // CHECK-NEXT: got 2
  // CHECK-NEXT: dtor i12
  // CHECK-NEXT: dtor i2
  // CHECK-NEXT: dtor i11
  // CHECK-NEXT: dtor i1
  // CHECK-NEXT: closed
}
