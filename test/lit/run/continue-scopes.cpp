// `continue` out of scopes with live locals: the locals of every block it
// leaves die, innermost first, before the next iteration starts.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int> skip_odd(int n) {
  int i = 0;
  while (i < n) {
    Tracer a("a" + std::to_string(i));
    {
      Tracer b("b" + std::to_string(i));
      CORO_YIELD(i);
      if (i++ % 2 == 1)
        continue;
      say("not skipped");
    }
    say("end of iteration");
  }
}

int main() {
  for (int v : skip_odd(2))
    say("got ", v);
  // CHECK:      ctor a0
  // CHECK-NEXT: ctor b0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: not skipped
  // CHECK-NEXT: dtor b0
  // CHECK-NEXT: end of iteration
  // CHECK-NEXT: dtor a0
  // CHECK-NEXT: ctor a1
  // CHECK-NEXT: ctor b1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: dtor b1
  // CHECK-NEXT: dtor a1
}
