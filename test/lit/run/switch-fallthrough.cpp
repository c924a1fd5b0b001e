// Yields in the cases of a switch: falling through from one case into the
// next across a yield, and the default case.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <initializer_list>

using trace::say;

corogen::generator<int> cases(int k) {
  switch (k) {
  case 0:
    CORO_YIELD(0);
    [[fallthrough]];
  case 1:
    CORO_YIELD(1);
    [[fallthrough]];
  case 2:
    CORO_YIELD(2);
    break;
  default:
    CORO_YIELD(99);
  }
  CORO_YIELD(100);
}

int main() {
  for (int k : {0, 2, 5}) {
    say("k=", k);
    for (int v : cases(k))
      say("got ", v);
  }
  // CHECK:      k=0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 100
  // CHECK-NEXT: k=2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 100
  // CHECK-NEXT: k=5
  // CHECK-NEXT: got 99
  // CHECK-NEXT: got 100
}
