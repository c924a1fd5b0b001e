// `break` out of scopes with live locals: the locals of every block it
// leaves die, innermost first, before the loop is left.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int> until(int stop) {
  Tracer outside("outside");
  for (int i = 0;; ++i) {
    Tracer a("a" + std::to_string(i));
    {
      Tracer b("b" + std::to_string(i));
      CORO_YIELD(i);
      if (i == stop)
        break;
      say("end of block ", i);
    }
  }
  say("after the loop");
}

int main() {
  for (int v : until(1))
    say("got ", v);
  // CHECK:      ctor outside
  // CHECK-NEXT: ctor a0
  // CHECK-NEXT: ctor b0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: end of block 0
  // CHECK-NEXT: dtor b0
  // CHECK-NEXT: dtor a0
  // CHECK-NEXT: ctor a1
  // CHECK-NEXT: ctor b1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: dtor b1
  // CHECK-NEXT: dtor a1
  // CHECK-NEXT: after the loop
  // CHECK-NEXT: dtor outside
}
