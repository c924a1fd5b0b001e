// Yields in the branches of if / else if / else, one with a live local that
// dies at the end of its branch. Python twin:
//   def parity(n):
//       for i in range(n):
//           if i % 2 == 0: yield i
//           elif i % 3 == 0: yield -i
//           else: yield 100 + i
//           print('after if', i)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int> parity(int n) {
  for (int i = 0; i < n; ++i) {
    if (i % 2 == 0) {
      Tracer t("even" + std::to_string(i));
      CORO_YIELD(i);
    } else if (i % 3 == 0) {
      CORO_YIELD(-i);
    } else
      CORO_YIELD(100 + i);
    say("after if ", i);
  }
}

int main() {
  for (int v : parity(5))
    say("got ", v);
  // CHECK:      ctor even0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: dtor even0
  // CHECK-NEXT: after if 0
  // CHECK-NEXT: got 101
  // CHECK-NEXT: after if 1
  // CHECK-NEXT: ctor even2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: dtor even2
  // CHECK-NEXT: after if 2
  // CHECK-NEXT: got -3
  // CHECK-NEXT: after if 3
  // CHECK-NEXT: ctor even4
  // CHECK-NEXT: got 4
  // CHECK-NEXT: dtor even4
  // CHECK-NEXT: after if 4
  say("end");
  // CHECK-NEXT: end
}
