// goto in a generator: a backward jump out of a block destroys the block's
// live locals before the jump, and a forward jump out of a loop leaves it.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int> jumps() {
  int i = 0;
again:
  {
    Tracer t("t" + std::to_string(i));
    CORO_YIELD(i);
    if (++i < 2)
      goto again;
  }
  for (int j = 10;; ++j) {
    Tracer u("u" + std::to_string(j));
    CORO_YIELD(j);
    if (j == 11)
      goto done;
  }
done:
  say("done");
}

int main() {
  for (int v : jumps())
    say("got ", v);
  // CHECK:      ctor t0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: dtor t0
  // CHECK-NEXT: ctor t1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: dtor t1
  // CHECK-NEXT: ctor u10
  // CHECK-NEXT: got 10
  // CHECK-NEXT: dtor u10
  // CHECK-NEXT: ctor u11
  // CHECK-NEXT: got 11
  // CHECK-NEXT: dtor u11
  // CHECK-NEXT: done
}
