// A range-for that suspends over a braced list of a type the frame cannot
// name (a class of the body, a lambda's closure): the list's array is kept
// in a box as the runtime's braced_range its elements deduce (C++17's class
// template argument deduction; before C++17:
// run/braced-list-range-standards.cpp), each element copy-initialised from the list's, as
// the list's array is, and const, as its elements are; it dies after the
// loop, last element first. Before, it was refused.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <type_traits>

using trace::drive;
using trace::say;
using trace::Tracer;

corogen::generator<int, int> lists() {
  struct L {
    Tracer t;
    int v;
  };
  L a{Tracer("a"), 1};
  for (auto &l : {L{Tracer("x"), 2}, a}) {
    CORO_YIELD(l.v);
    say("l ", l.t.name());
    static_assert(std::is_same<decltype(l), const L &>::value, "the list's elements are const");
  }
  for (auto f : {[] { return 7; }})
    CORO_YIELD(f());
  // An element that is a braced list, first: the others deduce the
  // element type, and it initialises the first element, not the array.
  for (const L &l : {{Tracer("y"), 3}, a})
    CORO_YIELD(l.v);
}
// CHECK-LABEL: lists
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor x
// CHECK-NEXT: copy a
// CHECK-NEXT: got 2
// CHECK-NEXT: l x
// CHECK-NEXT: got 1
// CHECK-NEXT: l a
// CHECK-NEXT: dtor a
// CHECK-NEXT: dtor x
// CHECK-NEXT: got 7
// CHECK-NEXT: ctor y
// CHECK-NEXT: copy a
// CHECK-NEXT: got 3
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor a
// CHECK-NEXT: dtor y
// CHECK-NEXT: dtor a
// CHECK-NEXT: stop
// Closed in the loop: the array dies, then `a`.
// CHECK-LABEL: lists closed
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor x
// CHECK-NEXT: copy a
// CHECK-NEXT: got 2
// CHECK-NEXT: dtor a
// CHECK-NEXT: dtor x
// CHECK-NEXT: dtor a
// CHECK-NEXT: closed

int main() {
  say("lists");
  drive(lists());
  say("lists closed");
  trace::close_at_first(lists());
}
