// A yield inside a try block: throw_exception(e) raises e at that yield, the
// generator's handler catches it and yields again, which is what
// throw_exception returns; the try block's locals die before the handler
// runs. Python twin:
//   def gen():
//       try: yield 1
//       except ValueError as e:
//           print('caught', e); yield 2
//       yield 3
//   g = gen(); next(g); g.throw(ValueError('x')); next(g)  # 1, 2, 3
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>

using trace::say;
using trace::Tracer;

corogen::generator<int> gen() {
  try {
    Tracer t("in try");
    CORO_YIELD(1);
    say("not reached");
  } catch (const std::invalid_argument &e) {
    say("caught ", e.what());
    CORO_YIELD(2);
  }
  CORO_YIELD(3);
}

int main() {
  corogen::generator<int> g = gen();
  say("got ", g.next());
  // CHECK:      ctor in try
  // CHECK-NEXT: got 1
  say("got ", g.throw_exception(std::invalid_argument("x")));
  // CHECK-NEXT: dtor in try
  // CHECK-NEXT: caught x
  // CHECK-NEXT: got 2
  say("got ", g.next());
  // CHECK-NEXT: got 3
  try {
    g.next();
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
  // CHECK-NEXT: StopIteration
}
