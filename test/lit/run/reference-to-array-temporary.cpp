// A reference that lives across a suspension, bound to an array temporary
// that a braced list makes (`const T (&a)[N] = {...};`): the frame keeps the
// array, made from the list where the declaration stood, its elements in
// order, and destroyed with the reference, last element first, at the end
// of the reference's block.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

corogen::generator<int> arrays() {
  const int(&a)[3] = {1, 2, 3};
  CORO_YIELD(a[0] + a[2]);
  {
    const Tracer(&t)[2] = {Tracer("x"), Tracer("y")};
    CORO_YIELD(int(sizeof(t) / sizeof(t[0])));
    say(t[1].name());
  }
  CORO_YIELD(a[1]);
}

int main() {
  for (int v : arrays())
    say("got ", v);
  say("end");
}
// CHECK: got 4
// CHECK-NEXT: ctor x
// CHECK-NEXT: ctor y
// CHECK-NEXT: got 2
// CHECK-NEXT: y
// CHECK-NEXT: dtor y
// CHECK-NEXT: dtor x
// CHECK-NEXT: got 2
// CHECK-NEXT: end
