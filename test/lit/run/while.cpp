// A yield in a while loop: the loop's state (here a by-value parameter) is
// kept across suspensions, and a local of the body dies at the end of each
// iteration. Python twin:
//   def countdown(n):
//       while n > 0: yield n; n -= 1
//       print('done')
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int> countdown(int n) {
  while (n > 0) {
    Tracer t("w" + std::to_string(n));
    CORO_YIELD(n);
    --n;
  }
  say("done");
}

int main() {
  for (int v : countdown(2))
    say("got ", v);
  // CHECK:      ctor w2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: dtor w2
  // CHECK-NEXT: ctor w1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: dtor w1
  // CHECK-NEXT: done
}
