// Several locals in one declaration, all living across suspensions: each is
// constructed in the frame in order (a, then b; for the for-loop, i then j),
// and destroyed in reverse. Python twin:
//   def gen():
//       a, b = Tracer("a"), Tracer("b")
//       for i, j in zip(range(2), range(10, 0, -1)): yield i + j
//       yield len(a.name + b.name)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int> gen() {
  Tracer a("a"), b("b");
  // CHECK:      ctor a
  // CHECK-NEXT: ctor b
  for (int i = 0, j = 10; i < 2; ++i, --j)
    CORO_YIELD(i + j);
  CORO_YIELD(static_cast<int>(a.name().size() + b.name().size()));
}

int main() {
  for (int v : gen())
    say("got ", v);
  // CHECK-NEXT: got 10
  // CHECK-NEXT: got 10
  // CHECK-NEXT: got 2
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
}
