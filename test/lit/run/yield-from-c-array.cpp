// CORO_YIELD_FROM(array) over a C array, a local that lives across the
// delegation. Python twin:
//   def squares():
//       a = [1, 4, 9]
//       yield from a
//       yield len(a)
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

corogen::generator<int> squares() {
  int a[3] = {1, 4, 9};
  CORO_YIELD_FROM(a);
  CORO_YIELD(static_cast<int>(sizeof a / sizeof a[0]));
}

int main() {
  for (int v : squares())
    say("got ", v);
  // CHECK:      got 1
  // CHECK-NEXT: got 4
  // CHECK-NEXT: got 9
  // CHECK-NEXT: got 3
}
