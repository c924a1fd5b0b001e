// Locals of class type that live across yields are constructed where their
// declarations run (never early) and die, in reverse order, when the
// generator finishes; a local that does not span a yield lives and dies as
// usual.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;
using trace::Tracer;

corogen::generator<int> locals() {
  say("body starts");
  Tracer a("a");
  CORO_YIELD(1);
  {
    Tracer brief("brief");
  }
  Tracer b("b");
  CORO_YIELD(2);
  say("body ends");
}

int main() {
  corogen::generator<int> g = locals();
  say("got ", g.next());
  // CHECK:      body starts
  // CHECK-NEXT: ctor a
  // CHECK-NEXT: got 1
  say("got ", g.next());
  // CHECK-NEXT: ctor brief
  // CHECK-NEXT: dtor brief
  // CHECK-NEXT: ctor b
  // CHECK-NEXT: got 2
  try {
    g.next();
  } catch (const corogen::stop_iteration &) {
    say("stopped");
  }
  // CHECK-NEXT: body ends
  // CHECK-NEXT: dtor b
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: stopped
}
