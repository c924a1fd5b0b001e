// Inside a switch inside a loop, `break` leaves the switch (its case block's
// local dies, the loop body goes on) and `continue` goes to the next
// iteration (the case block's local and the loop body's die, innermost
// first).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int> jumps() {
  for (int i = 0; i < 3; ++i) {
    Tracer a("a" + std::to_string(i));
    switch (i) {
    case 0: {
      Tracer b("b");
      CORO_YIELD(i);
      break;
    }
    case 1: {
      Tracer c("c");
      CORO_YIELD(i);
      continue;
    }
    default:
      CORO_YIELD(i);
    }
    say("after switch ", i);
  }
}

int main() {
  for (int v : jumps())
    say("got ", v);
  // CHECK:      ctor a0
  // CHECK-NEXT: ctor b
  // CHECK-NEXT: got 0
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: after switch 0
  // CHECK-NEXT: dtor a0
  // CHECK-NEXT: ctor a1
  // CHECK-NEXT: ctor c
  // CHECK-NEXT: got 1
  // CHECK-NEXT: dtor c
  // CHECK-NEXT: dtor a1
  // CHECK-NEXT: ctor a2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: after switch 2
  // CHECK-NEXT: dtor a2
}
