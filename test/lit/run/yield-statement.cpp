// CORO_YIELD(v); as a statement: each next() runs the body up to the next
// yield and returns its value; after the last one next() throws
// stop_iteration. Python twin:
//   def count():
//       print('start'); yield 1; print('between'); yield 2; print('end')
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

corogen::generator<int> count() {
  say("start");
  CORO_YIELD(1);
  say("between");
  CORO_YIELD(2);
  say("end");
}

int main() {
  corogen::generator<int> g = count();
  say("created");
  // The body does not run until the first next().
  // CHECK:      created
  say("got ", g.next());
  // CHECK-NEXT: start
  // CHECK-NEXT: got 1
  say("got ", g.next());
  // CHECK-NEXT: between
  // CHECK-NEXT: got 2
  try {
    g.next();
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
  // CHECK-NEXT: end
  // CHECK-NEXT: StopIteration
  try {
    g.next();
  } catch (const corogen::stop_iteration &e) {
    say("again ", e.what());
  }
  // CHECK-NEXT: again StopIteration
}
