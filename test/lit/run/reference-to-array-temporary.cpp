// A reference that lives across a suspension, bound to an array temporary
// that a braced list makes (`const T (&a)[N] = {...};`, or a cast of one to
// the array type, `const A &a = A{...};`, also in parentheses): the frame keeps the
// array, made from the list where the declaration stood, its elements in
// order, and destroyed with the reference, last element first, at the end
// of the reference's block.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

using Pair = int[2];
using Two = Tracer[2];

corogen::generator<int> arrays() {
  const int(&a)[3] = {1, 2, 3};
  CORO_YIELD(a[0] + a[2]);
  {
    const Tracer(&t)[2] = {Tracer("x"), Tracer("y")};
    CORO_YIELD(int(sizeof(t) / sizeof(t[0])));
    say(t[1].name());
  }
  CORO_YIELD(a[1]);
  const Pair &p = Pair{5, 6};
  {
    const Two &u = Two{Tracer("u"), Tracer("v")};
    CORO_YIELD(p[0]);
    say(u[0].name());
  }
  CORO_YIELD(p[1]);
  // (In parentheses too.)
  const Two &w = (Two{Tracer("w1"), Tracer("w2")});
  const Pair &q = ((Pair{7, 8}));
  CORO_YIELD(q[1]);
  say(w[1].name());
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
// CHECK-NEXT: ctor u
// CHECK-NEXT: ctor v
// CHECK-NEXT: got 5
// CHECK-NEXT: u
// CHECK-NEXT: dtor v
// CHECK-NEXT: dtor u
// CHECK-NEXT: got 6
// CHECK-NEXT: ctor w1
// CHECK-NEXT: ctor w2
// CHECK-NEXT: got 8
// CHECK-NEXT: w2
// CHECK-NEXT: dtor w2
// CHECK-NEXT: dtor w1
// CHECK-NEXT: end
