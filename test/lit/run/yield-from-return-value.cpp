// CORO_YIELD_FROM(sub) evaluates to sub's return value. Delegating to a
// generator that has already finished yields nothing and gives its return
// value at once (SPEC section 5; Python would give None there, since an
// exhausted generator forgets its value). Python twin of the rest:
//   def adder(a, b): yield a; yield b; return a + b
//   def outer():
//       s = yield from adder(1, 2); print('sum', s); return s * 10
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

corogen::generator<int, void, int> adder(int a, int b) {
  CORO_YIELD(a);
  CORO_YIELD(b);
  CORO_RETURN(a + b);
}

corogen::generator<int, void, int> outer(corogen::generator<int, void, int> &finished) {
  int s = CORO_YIELD_FROM(adder(1, 2));
  say("sum ", s);
  auto t = CORO_YIELD_FROM(finished);
  say("finished gave ", t);
  CORO_RETURN(s * 10 + t);
}

int main() {
  corogen::generator<int, void, int> f = adder(5, 6);
  for (int v : f)
    say("f ", v);
  // CHECK:      f 5
  // CHECK-NEXT: f 6
  corogen::generator<int, void, int> g = outer(f);
  for (int v : g)
    say("got ", v);
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: sum 3
  // CHECK-NEXT: finished gave 11
  say("result ", g.result());
  // CHECK-NEXT: result 41
}
