// Values sent to a delegating generator go to the sub-generator; next() stays
// next() (the sub receives a value-initialised S, Python's None). Python twin:
//   def inner():
//       a = yield 1; print('inner got', a)
//       b = yield 2; print('inner got', b)
//   def outer():
//       yield from inner()
//       c = yield 3; print('outer got', c)
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

corogen::generator<int, int> inner() {
  int a = CORO_YIELD(1);
  say("inner got ", a);
  int b = CORO_YIELD(2);
  say("inner got ", b);
}

corogen::generator<int, int> outer() {
  CORO_YIELD_FROM(inner());
  int c = CORO_YIELD(3);
  say("outer got ", c);
}

int main() {
  corogen::generator<int, int> g = outer();
  say("got ", g.next());
  // CHECK:      got 1
  say("got ", g.send(10));
  // CHECK-NEXT: inner got 10
  // CHECK-NEXT: got 2
  // While the sub is suspended, so is the delegator.
  say(corogen::getgeneratorstate(g));
  // CHECK-NEXT: GEN_SUSPENDED
  say("got ", g.next());
  // CHECK-NEXT: inner got 0
  // CHECK-NEXT: got 3
  try {
    g.send(30);
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
  // CHECK-NEXT: outer got 30
  // CHECK-NEXT: StopIteration
}
