// Moving a handle moves the generator, not its frame: the new handle goes on
// where the old one stopped, and the moved-from handle behaves as a closed
// generator. Locals die once, with the generator.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <utility>

using trace::say;
using trace::Tracer;

corogen::generator<int> three() {
  Tracer t("t");
  CORO_YIELD(1);
  CORO_YIELD(2);
  CORO_YIELD(3);
}

int main() {
  corogen::generator<int> g = three();
  say("got ", g.next());
  // CHECK:      ctor t
  // CHECK-NEXT: got 1
  corogen::generator<int> h = std::move(g);
  say("moved-from ", corogen::getgeneratorstate(g));
  // CHECK-NEXT: moved-from GEN_CLOSED
  try {
    g.next();
  } catch (const corogen::stop_iteration &e) {
    say("moved-from next: ", e.what());
  }
  // CHECK-NEXT: moved-from next: StopIteration
  g.close();
  say("got ", h.next());
  // CHECK-NEXT: got 2
  g = std::move(h);
  say("got ", g.next());
  // CHECK-NEXT: got 3
  say("end of main");
  // CHECK-NEXT: end of main
  // CHECK-NEXT: dtor t
}
