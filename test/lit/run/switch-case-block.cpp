// A case whose block has a local that lives across a yield and ends in
// `break`: the local dies at the `break`, and the next case is not reached.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <initializer_list>

using trace::say;
using trace::Tracer;

corogen::generator<int> cases(int k) {
  switch (k) {
  case 1: {
    Tracer t("case1");
    CORO_YIELD(1);
    break;
  }
  default:
    CORO_YIELD(99);
  }
  CORO_YIELD(100);
}

int main() {
  for (int k : {1, 2}) {
    say("k=", k);
    for (int v : cases(k))
      say("got ", v);
  }
  // CHECK:      k=1
  // CHECK-NEXT: ctor case1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: dtor case1
  // CHECK-NEXT: got 100
  // CHECK-NEXT: k=2
  // CHECK-NEXT: got 99
  // CHECK-NEXT: got 100
}
