// A marker in a designated initializer's list (C++20): the elements before
// it run before the generator suspends, and a member the list leaves out
// between them gets its default member initialiser where the list goes on
// (a constant here; one that does more is refused:
// diagnostics/marker-after-default-member-initialiser.cpp). Before, the
// tool followed the designator to the marker and missed the element
// holding it, and the output did not compile.
// RUN: %run-both %s %t -std=c++20 | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::drive;
using trace::say;

int note(const char *what, int v) {
  say("eval ", what);
  return v;
}

struct E {
  int a;
  int b = 5;
  int c;
};

corogen::generator<int, int> designated() {
  E e{.a = note("a", 1), .c = CORO_YIELD(2)};
  say("e ", e.a, " ", e.b, " ", e.c);
}
// CHECK-LABEL: designated
// CHECK-NEXT: eval a
// CHECK-NEXT: got 2
// CHECK-NEXT: e 1 5 3
// CHECK-NEXT: stop

int main() {
  say("designated");
  drive(designated());
}
