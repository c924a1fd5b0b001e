// throw_exception(e) on a delegating generator reaches the sub-generator,
// which handles it and yields again: throw_exception returns that value and
// the delegation goes on (PEP 380). Python twin:
//   def inner():
//       try: yield 1
//       except ValueError as e:
//           print('inner caught', e); yield 2
//       yield 3
//   def outer(): yield from inner(); yield 4
//   g = outer(); next(g); g.throw(ValueError('x')); next(g); next(g)
//   # 1, inner caught x, 2, 3, 4
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>

using trace::say;

corogen::generator<int> inner() {
  try {
    CORO_YIELD(1);
  } catch (const std::invalid_argument &e) {
    say("inner caught ", e.what());
    CORO_YIELD(2);
  }
  CORO_YIELD(3);
}

corogen::generator<int> outer() {
  CORO_YIELD_FROM(inner());
  CORO_YIELD(4);
}

int main() {
  corogen::generator<int> g = outer();
  say("got ", g.next());
  // CHECK:      got 1
  say("got ", g.throw_exception(std::invalid_argument("x")));
  // CHECK-NEXT: inner caught x
  // CHECK-NEXT: got 2
  say("got ", g.next());
  // CHECK-NEXT: got 3
  say("got ", g.next());
  // CHECK-NEXT: got 4
}
