// CORO_YIELD on the conditional side of &&, || and ?:: it runs exactly when
// C++ (and Python) evaluate that side. Python twin:
//   def guards(a):
//       x = check("lhs", a) and int((yield 1)) > 5; print("x %d" % x)
//       y = check("lhs2", a) or int((yield 2)) > 5; print("y %d" % y)
//       z = int((yield 3)) if check("cond", a) else -1; print("z %d" % z)
//       w = -2 if check("cond2", a) else int((yield 4)) + 1; print("w %d" % w)
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

bool check(const char *what, bool v) {
  say("check ", what);
  return v;
}

corogen::generator<int, int> guards(bool a) {
  bool x = check("lhs", a) && int(CORO_YIELD(1)) > 5;
  say("x ", x);
  bool y = check("lhs2", a) || int(CORO_YIELD(2)) > 5;
  say("y ", y);
  int z = check("cond", a) ? int(CORO_YIELD(3)) : -1;
  say("z ", z);
  int w = check("cond2", a) ? -2 : int(CORO_YIELD(4)) + 1;
  say("w ", w);
}

void drive(bool a) {
  auto g = guards(a);
  try {
    say("got ", g.next());
    for (int s = 10;; s += 10)
      say("got ", g.send(s));
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
}

int main() {
  drive(true);
  // CHECK:      check lhs
  // CHECK-NEXT: got 1
  // CHECK-NEXT: x 1
  // CHECK-NEXT: check lhs2
  // CHECK-NEXT: y 1
  // CHECK-NEXT: check cond
  // CHECK-NEXT: got 3
  // CHECK-NEXT: z 20
  // CHECK-NEXT: check cond2
  // CHECK-NEXT: w -2
  // CHECK-NEXT: StopIteration
  drive(false);
  // CHECK-NEXT: check lhs
  // CHECK-NEXT: x 0
  // CHECK-NEXT: check lhs2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: y 1
  // CHECK-NEXT: check cond
  // CHECK-NEXT: z -1
  // CHECK-NEXT: check cond2
  // CHECK-NEXT: got 4
  // CHECK-NEXT: w 21
  // CHECK-NEXT: StopIteration
}
