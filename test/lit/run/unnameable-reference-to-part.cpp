// References that live across a suspension bound to a part of a temporary
// whose type the frame cannot name (a class of the body): a member of it,
// a base through a cast, a member of a member (the reference's own type
// nameable or not). The box keeps the whole temporary, made by the
// temporary's own text, and the rest of the initialiser names the part
// again on each resume (members and conversions to a base, which do
// nothing else). It dies where the reference goes out of scope, as C++
// extends it ([class.temporary] p6). Before, each was refused; so was a
// structured binding's reference bound so.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <utility>

using trace::drive;
using trace::say;
using trace::Tracer;

corogen::generator<int, int> parts() {
  struct In {
    Tracer t;
    int v;
  };
  struct Outer {
    In in;
    int w;
  };
  struct D : Outer {
    Tracer d;
  };
  const In &part = Outer{{Tracer("p"), 1}, 2}.in;
  CORO_YIELD(part.v);
  const Outer &base = static_cast<const Outer &>(D{{{Tracer("b"), 3}, 4}, Tracer("d")});
  // (The marker suspends after the element before it is made; that
  // element is moved into the temporary.)
  int &&w = Outer{{Tracer("w"), int(CORO_YIELD(5))}, 6}.in.v;
  CORO_YIELD(base.in.v + w);
  w = 7;
  say("names ", part.t.name(), " ", base.in.t.name(), " ", w);
}
// CHECK-LABEL: parts
// CHECK-NEXT: ctor p
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor b
// CHECK-NEXT: ctor d
// CHECK-NEXT: ctor w
// CHECK-NEXT: got 5
// CHECK-NEXT: move w
// CHECK-NEXT: dtor (moved-from) w
// CHECK-NEXT: got 9
// CHECK-NEXT: names p b 7
// CHECK-NEXT: dtor w
// CHECK-NEXT: dtor d
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor p
// CHECK-NEXT: stop
// Closed at the first marker: the temporary dies.
// CHECK-LABEL: parts closed
// CHECK-NEXT: ctor p
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor p
// CHECK-NEXT: closed

// A structured binding's reference bound so (before, refused): the box
// keeps the whole temporary, and the bindings are declared again, bound to
// the part, on each resume; a part that is an array too.
corogen::generator<int, int> bindings() {
  struct Holder {
    Tracer t;
    std::pair<int, int> p;
    int a[2];
  };
  const auto &[x, y] = Holder{Tracer("pair"), {1, 2}, {3, 4}}.p;
  CORO_YIELD(x);
  auto &&[a, b] = Holder{Tracer("array"), {5, 6}, {7, 8}}.a;
  CORO_YIELD(y + a);
  a = 10;
  say("sum ", a + b, " ", x + y);
}
// CHECK-LABEL: bindings
// CHECK-NEXT: ctor pair
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor array
// CHECK-NEXT: got 9
// CHECK-NEXT: sum 18 3
// CHECK-NEXT: dtor array
// CHECK-NEXT: dtor pair
// CHECK-NEXT: stop
// CHECK-LABEL: bindings closed
// CHECK-NEXT: ctor pair
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor pair
// CHECK-NEXT: closed

int main() {
  say("parts");
  drive(parts());
  say("parts closed");
  trace::close_at_first(parts());
  say("bindings");
  drive(bindings());
  say("bindings closed");
  trace::close_at_first(bindings());
}
