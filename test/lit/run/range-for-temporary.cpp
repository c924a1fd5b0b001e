// A yield in a range-for over a temporary: the temporary lives for the whole
// loop, across every suspension, and dies once, after the loop (as
// `auto &&range = expr;` keeps it in the desugared loop, [stmt.ranged]).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <array>
#include <string>

using trace::say;
using trace::Tracer;

std::array<Tracer, 2> make() { return {Tracer("x"), Tracer("y")}; }

corogen::generator<std::string> names() {
  for (const Tracer &t : make()) {
    CORO_YIELD(t.name());
  }
  say("after the loop");
}

int main() {
  for (const std::string &v : names())
    say("got ", v);
  // CHECK:      ctor x
  // CHECK-NEXT: ctor y
  // CHECK-NEXT: got x
  // CHECK-NEXT: got y
  // CHECK-NEXT: dtor y
  // CHECK-NEXT: dtor x
  // CHECK-NEXT: after the loop
}
