// Yields in nested blocks: each local is constructed where its declaration
// runs and dies at the end of its own block, in reverse order.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

corogen::generator<int> blocks() {
  Tracer a("a");
  {
    Tracer b("b");
    CORO_YIELD(1);
  }
  say("between");
  {
    Tracer c("c");
    CORO_YIELD(2);
    {
      Tracer d("d");
      CORO_YIELD(3);
    }
    Tracer e("e");
    CORO_YIELD(4);
  }
  say("last");
}

int main() {
  for (int v : blocks())
    say("got ", v);
  // CHECK:      ctor a
  // CHECK-NEXT: ctor b
  // CHECK-NEXT: got 1
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: between
  // CHECK-NEXT: ctor c
  // CHECK-NEXT: got 2
  // CHECK-NEXT: ctor d
  // CHECK-NEXT: got 3
  // CHECK-NEXT: dtor d
  // CHECK-NEXT: ctor e
  // CHECK-NEXT: got 4
  // CHECK-NEXT: dtor e
  // CHECK-NEXT: dtor c
  // CHECK-NEXT: last
  // CHECK-NEXT: dtor a
}
