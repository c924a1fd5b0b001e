// `v = CORO_YIELD(x);`: the yield's value is assigned to a variable that
// already exists (and itself lives across the suspension). Python twin:
//   def doubler():
//       x = 10
//       for i in range(3):
//           x = yield x * 2
//           print('x=%s' % x)
// (where Python's next() gives None, C++ gives int(), 0).
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

corogen::generator<int, int> doubler() {
  int x = 10;
  for (int i = 0; i < 3; ++i) {
    x = CORO_YIELD(x * 2);
    say("x=", x);
  }
}

int main() {
  corogen::generator<int, int> g = doubler();
  say("got ", g.next());
  // CHECK:      got 20
  say("got ", g.send(5));
  // CHECK-NEXT: x=5
  // CHECK-NEXT: got 10
  say("got ", g.next());
  // CHECK-NEXT: x=0
  // CHECK-NEXT: got 0
  try {
    g.send(7);
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
  // CHECK-NEXT: x=7
  // CHECK-NEXT: StopIteration
}
