// A yield in a do-while loop: the body runs before the condition is tested,
// so a false condition still gives one value. Python twin:
//   def repeat(start, stop):
//       i = start
//       while True:
//           yield i; i += 1
//           if not i < stop: break
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int> repeat(int start, int stop) {
  int i = start;
  do {
    CORO_YIELD(i);
    ++i;
  } while (i < stop);
  say("loop over at ", i);
}

// `continue` in a do-while goes to the condition; the body's local dies
// first.
corogen::generator<int> skipping() {
  int i = 0;
  do {
    Tracer d("d" + std::to_string(i));
    CORO_YIELD(i);
    if (i++ == 0)
      continue;
    say("not skipped");
  } while (i < 2);
}

int main() {
  for (int v : repeat(0, 3))
    say("got ", v);
  // CHECK:      got 0
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: loop over at 3
  for (int v : repeat(5, 0))
    say("got ", v);
  // CHECK-NEXT: got 5
  // CHECK-NEXT: loop over at 6
  for (int v : skipping())
    say("got ", v);
  // CHECK-NEXT: ctor d0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: dtor d0
  // CHECK-NEXT: ctor d1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: not skipped
  // CHECK-NEXT: dtor d1
}
