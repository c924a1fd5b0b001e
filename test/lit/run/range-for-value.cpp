// A yield in a range-for whose variable is a copy: each element is copied
// into the variable, which dies at the end of its iteration; the range, a
// local array, dies at the end of the generator. Python has no copies; the
// values are those of:
//   def names(): yield from (t.name for t in [Tracer('a'), Tracer('b')])
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <array>
#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<std::string> names() {
  std::array<Tracer, 2> arr{Tracer("a"), Tracer("b")};
  for (Tracer t : arr) {
    CORO_YIELD(t.name());
    say("end of iteration");
  }
  say("after the loop");
}

int main() {
  for (const std::string &v : names())
    say("got ", v);
  // CHECK:      ctor a
  // CHECK-NEXT: ctor b
  // CHECK-NEXT: copy a
  // CHECK-NEXT: got a
  // CHECK-NEXT: end of iteration
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: copy b
  // CHECK-NEXT: got b
  // CHECK-NEXT: end of iteration
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: after the loop
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
  say("end");
  // CHECK-NEXT: end
}
