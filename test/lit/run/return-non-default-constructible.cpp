// The return type R need not be default-constructible when every path ends
// in CORO_RETURN(value), just as a function's return type need not be.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

corogen::generator<int, void, Tracer> make(int n) {
  Tracer made("made");
  for (int i = 0; i < n; ++i)
    CORO_YIELD(i);
  CORO_RETURN(made);
}

int main() {
  corogen::generator<int, void, Tracer> g = make(1);
  say("got ", g.next());
  // CHECK:      ctor made
  // CHECK-NEXT: got 0
  try {
    g.next();
  } catch (const corogen::stop_iteration &) {
    say("result ", g.result().name());
  }
  // CHECK-NEXT: move made
  // CHECK-NEXT: dtor (moved-from) made
  // CHECK-NEXT: result made
  // CHECK-NEXT: dtor made
}
