// A local of a type without a default constructor, declared after a yield
// and living across the next: it is built from its own initialiser where
// its declaration stands.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

/// No default constructor; two arguments.
struct Pair {
  Pair(int a, int b) : sum(a + b), t("pair") {}
  Pair() = delete;
  int sum;
  Tracer t;
};

corogen::generator<int> pairs() {
  CORO_YIELD(0);
  Pair p(3, 4);
  CORO_YIELD(p.sum);
  Pair q{10, 20};
  CORO_YIELD(q.sum);
}

int main() {
  for (int v : pairs())
    say("got ", v);
  // CHECK:      got 0
  // CHECK-NEXT: ctor pair
  // CHECK-NEXT: got 7
  // CHECK-NEXT: ctor pair
  // CHECK-NEXT: got 30
  // CHECK-NEXT: dtor pair
  // CHECK-NEXT: dtor pair
}
