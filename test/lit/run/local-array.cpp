// Array locals across yields: elements keep their values and can be
// written; an array of class type dies element by element, last first.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

corogen::generator<int> arrays() {
  int nums[3] = {1, 2, 3};
  Tracer ts[2] = {Tracer("x"), Tracer("y")};
  CORO_YIELD(nums[0] + nums[1] + nums[2]);
  nums[1] = 20;
  CORO_YIELD(nums[0] + nums[1] + nums[2]);
  say(ts[0].name(), ts[1].name());
}

int main() {
  for (int v : arrays())
    say("got ", v);
  // CHECK:      ctor x
  // CHECK-NEXT: ctor y
  // CHECK-NEXT: got 6
  // CHECK-NEXT: got 24
  // CHECK-NEXT: xy
  // CHECK-NEXT: dtor y
  // CHECK-NEXT: dtor x
}
