// A yield in a for loop: the loop variable lives across suspensions, and a
// loop variable of class type dies after the loop, not before. (Bodies
// without braces: for-unbraced-body.cpp.) Python twin of the first:
//   def evens(n):
//       for i in range(0, n, 2): yield i
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

corogen::generator<int> evens(int n) {
  for (int i = 0; i < n; i += 2)
    CORO_YIELD(i);
}

/// A counter with a traced lifetime.
struct Counter {
  Tracer t;
  int n = 0;
  explicit Counter(const char *name) : t(name) {}
};

corogen::generator<int> counted() {
  for (Counter c("counter"); c.n < 2; ++c.n) {
    CORO_YIELD(c.n);
  }
  say("after the loop");
}

int main() {
  for (int v : evens(5))
    say("got ", v);
  // CHECK:      got 0
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 4
  for (int v : counted())
    say("got ", v);
  // CHECK-NEXT: ctor counter
  // CHECK-NEXT: got 0
  // CHECK-NEXT: got 1
  // CHECK-NEXT: dtor counter
  // CHECK-NEXT: after the loop
}
