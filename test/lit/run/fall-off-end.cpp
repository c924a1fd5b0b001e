// Falling off the end of the body ends the generator like CORO_RETURN():
// the locals die before the call that finished it returns, and result() is a
// value-initialised R (Python: StopIteration.value is None).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int, void, std::string> text() {
  Tracer t("t");
  CORO_YIELD(1);
  say("last statement");
}

corogen::generator<int, void, int> number() {
  CORO_YIELD(1);
}

int main() {
  corogen::generator<int, void, std::string> g = text();
  say("got ", g.next());
  // CHECK:      ctor t
  // CHECK-NEXT: got 1
  try {
    g.next();
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
  // CHECK-NEXT: last statement
  // CHECK-NEXT: dtor t
  // CHECK-NEXT: StopIteration
  say("result [", g.result(), "] ", corogen::getgeneratorstate(g));
  // CHECK-NEXT: result [] GEN_CLOSED

  corogen::generator<int, void, int> h = number();
  h.next();
  try {
    h.next();
  } catch (const corogen::stop_iteration &) {
    say("result ", h.result());
  }
  // CHECK-NEXT: result 0
}
