// CORO_YIELD_FROM(temporary) of a range that cannot be copied or moved: the
// temporary is kept where it is made, as a range-for over a temporary keeps
// it (`auto &&range = expr;`), so no move constructor is needed.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

struct Pinned {
  Tracer t{"pinned"};
  int values[2] = {1, 2};
  Pinned() = default;
  Pinned(Pinned &&) = delete;
  const int *begin() const { return values; }
  const int *end() const { return values + 2; }
};

corogen::generator<int> pinned() {
  CORO_YIELD_FROM(Pinned());
  CORO_YIELD(0);
}

int main() {
  for (int v : pinned())
    say("got ", v);
  // CHECK:      ctor pinned
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: dtor pinned
  // CHECK-NEXT: got 0
}
