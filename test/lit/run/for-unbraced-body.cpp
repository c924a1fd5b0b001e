// Loops whose body is a single yield statement without braces: a for loop
// whose init variable has a destructor (it dies after the loop), and a
// range-for (over a temporary, which dies after the loop).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <initializer_list>

using trace::say;
using trace::Tracer;

/// A counter with a traced lifetime.
struct Counter {
  Tracer t;
  int n = 0;
  explicit Counter(const char *name) : t(name) {}
};

corogen::generator<int> counted() {
  for (Counter c("counter"); c.n < 2; ++c.n)
    CORO_YIELD(c.n);
  say("after the loop");
}

corogen::generator<int> listed() {
  for (int x : {10, 20})
    CORO_YIELD(x);
  say("after the range-for");
}

int main() {
  for (int v : counted())
    say("got ", v);
  // CHECK:      ctor counter
  // CHECK-NEXT: got 0
  // CHECK-NEXT: got 1
  // CHECK-NEXT: dtor counter
  // CHECK-NEXT: after the loop
  for (int v : listed())
    say("got ", v);
  // CHECK-NEXT: got 10
  // CHECK-NEXT: got 20
  // CHECK-NEXT: after the range-for
}
