// CORO_YIELD_FROM(temporary range): the temporary lives while the delegation
// runs and dies once, when it is over (Python: the list object is kept by
// the iterator and dropped afterwards). It is kept where it is made, never
// copied or moved (as a range-for keeps its range; see also
// yield-from-range-unmovable.cpp).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

/// A range of three ints that traces its own lifetime.
struct Digits {
  Tracer t{"digits"};
  int values[3] = {7, 8, 9};
  const int *begin() const { return values; }
  const int *end() const { return values + 3; }
};

corogen::generator<int> digits() {
  CORO_YIELD_FROM(Digits());
  say("after the delegation");
  CORO_YIELD(0);
}

int main() {
  for (int v : digits())
    say("got ", v);
  // CHECK:      ctor digits
  // CHECK-NEXT: got 7
  // CHECK-NEXT: got 8
  // CHECK-NEXT: got 9
  // CHECK-NEXT: dtor digits
  // CHECK-NEXT: after the delegation
  // CHECK-NEXT: got 0
}
