// throw_exception(e) on a delegating generator raises e in the sub-generator
// at its pending yield; the sub does not handle it, so it propagates in the
// delegator at the CORO_YIELD_FROM, and out of throw_exception. Both end
// closed, the sub's locals dying first. Python twin:
//   def inner(): yield 1; yield 2
//   def outer(sub): yield from sub; print('not reached')
//   sub = inner(); g = outer(sub); next(g)
//   g.throw(RuntimeError('boom'))  # raises RuntimeError: boom
//   getgeneratorstate(sub), getgeneratorstate(g)  # GEN_CLOSED, GEN_CLOSED
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>

using trace::say;
using trace::Tracer;

corogen::generator<int> inner() {
  Tracer t("inner");
  CORO_YIELD(1);
  CORO_YIELD(2);
}

corogen::generator<int> outer(corogen::generator<int> &sub) {
  Tracer t("outer");
  CORO_YIELD_FROM(sub);
  say("not reached");
}

int main() {
  corogen::generator<int> sub = inner();
  corogen::generator<int> g = outer(sub);
  say("got ", g.next());
  // CHECK:      ctor outer
  // CHECK-NEXT: ctor inner
  // CHECK-NEXT: got 1
  try {
    g.throw_exception(std::runtime_error("boom"));
    say("not reached");
  } catch (const std::runtime_error &e) {
    say("caught ", e.what());
  }
  // CHECK-NEXT: dtor inner
  // CHECK-NEXT: dtor outer
  // CHECK-NEXT: caught boom
  say(corogen::getgeneratorstate(sub), " ", corogen::getgeneratorstate(g));
  // CHECK-NEXT: GEN_CLOSED GEN_CLOSED
}
