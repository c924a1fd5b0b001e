// Destroying a generator's handle while it is suspended closes it (Python's
// __del__): every live local dies, innermost first, exactly once, and
// nothing escapes. A created generator that never ran has only its
// parameters to destroy; a finished one, nothing.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

corogen::generator<int> nested(Tracer param) {
  Tracer a("a");
  {
    Tracer b("b");
    CORO_YIELD(1);
    say("not reached");
  }
}

int main() {
  {
    corogen::generator<int> g = nested(Tracer("param"));
    // CHECK:      ctor param
    // CHECK-NEXT: move param
    // CHECK-NEXT: dtor (moved-from) param
    say("got ", g.next());
    // CHECK-NEXT: ctor a
    // CHECK-NEXT: ctor b
    // CHECK-NEXT: got 1
    say("leaving the scope");
    // CHECK-NEXT: leaving the scope
  }
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: dtor param
  {
    corogen::generator<int> g = nested(Tracer("unstarted"));
    // CHECK-NEXT: ctor unstarted
    // CHECK-NEXT: move unstarted
    // CHECK-NEXT: dtor (moved-from) unstarted
    say("leaving the scope");
    // CHECK-NEXT: leaving the scope
  }
  // CHECK-NEXT: dtor unstarted
  say("end");
  // CHECK-NEXT: end
}
