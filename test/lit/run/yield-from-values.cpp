// CORO_YIELD_FROM(sub) hands every value the sub-generator yields straight to
// the caller (PEP 380), then the delegator continues; a finished sub's locals
// are gone before the delegator goes on. Python twin:
//   def inner(base): yield base + 1; yield base + 2
//   def outer():
//       yield 0; yield from inner(10); yield 3; yield from inner(20)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int> inner(int base) {
  Tracer t("inner" + std::to_string(base));
  CORO_YIELD(base + 1);
  CORO_YIELD(base + 2);
}

corogen::generator<int> outer() {
  CORO_YIELD(0);
  CORO_YIELD_FROM(inner(10));
  CORO_YIELD(3);
  CORO_YIELD_FROM(inner(20));
}

int main() {
  for (int v : outer())
    say("got ", v);
  // CHECK:      got 0
  // CHECK-NEXT: ctor inner10
  // CHECK-NEXT: got 11
  // CHECK-NEXT: got 12
  // CHECK-NEXT: dtor inner10
  // CHECK-NEXT: got 3
  // CHECK-NEXT: ctor inner20
  // CHECK-NEXT: got 21
  // CHECK-NEXT: got 22
  // CHECK-NEXT: dtor inner20
  say("end");
  // CHECK-NEXT: end
}
