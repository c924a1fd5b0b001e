// CORO_RETURN from inside nested blocks in a loop: every live local dies,
// innermost first, before the call that finished the generator returns.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int, void, int> until(int n) {
  Tracer outer("outer");
  for (int i = 0;; ++i) {
    Tracer in("in" + std::to_string(i));
    {
      Tracer deeper("deeper" + std::to_string(i));
      CORO_YIELD(i);
      if (i == n)
        CORO_RETURN(i * 10);
    }
  }
}

int main() {
  corogen::generator<int, void, int> g = until(1);
  for (int v : g)
    say("got ", v);
  // CHECK:      ctor outer
  // CHECK-NEXT: ctor in0
  // CHECK-NEXT: ctor deeper0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: dtor deeper0
  // CHECK-NEXT: dtor in0
  // CHECK-NEXT: ctor in1
  // CHECK-NEXT: ctor deeper1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: dtor deeper1
  // CHECK-NEXT: dtor in1
  // CHECK-NEXT: dtor outer
  say("result ", g.result());
  // CHECK-NEXT: result 10
}
