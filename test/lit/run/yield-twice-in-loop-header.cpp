// Several CORO_YIELDs in a while or do loop's condition, and CORO_YIELD in
// both a for loop's condition and its increment: each full-expression runs
// its markers left to right, once per iteration, and a `continue` goes
// through the condition (and the increment) as it would. Python twin (the
// loops spelled out):
//   def loops():
//       n = 0
//       while int((yield n)) + int((yield -n)) > 0:
//           n += 1
//           if n == 2: continue
//           say("while body ", n)
//       while True:                       # do { ... } while (...)
//           n += 1
//           if n != 4: say("do body ", n)
//           if not (int((yield n)) > int((yield -n))): break
//       i = 0                             # for (i = 0; i < ...; i += ...)
//       while i < int((yield 100 + i)):
//           if i != 1: say("for body ", i)
//           i += int((yield 200 + i))
//       say("end")
//   sends: [1, 0, 0, 1, 0, 0, 5, 1, 1, 2, 5, 1, 5, 2, 0]
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

corogen::generator<int, int> loops() {
  int n = 0;
  while (int(CORO_YIELD(n)) + int(CORO_YIELD(-n)) > 0) {
    ++n;
    if (n == 2)
      continue;
    say("while body ", n);
  }
  do {
    ++n;
    if (n == 4)
      continue;
    say("do body ", n);
  } while (int(CORO_YIELD(n)) > int(CORO_YIELD(-n)));
  for (int i = 0; i < int(CORO_YIELD(100 + i)); i += int(CORO_YIELD(200 + i))) {
    if (i == 1)
      continue;
    say("for body ", i);
  }
  say("end");
}

int main() {
  auto g = loops();
  int sends[] = {1, 0, 0, 1, 0, 0, 5, 1, 1, 2, 5, 1, 5, 2, 0};
  try {
    say("got ", g.next());
    for (int s : sends)
      say("got ", g.send(s));
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
  // CHECK:      got 0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: while body 1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got -1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got -2
  // CHECK-NEXT: do body 3
  // CHECK-NEXT: got 3
  // CHECK-NEXT: got -3
  // CHECK-NEXT: got 4
  // CHECK-NEXT: got -4
  // CHECK-NEXT: got 100
  // CHECK-NEXT: for body 0
  // CHECK-NEXT: got 200
  // CHECK-NEXT: got 101
  // CHECK-NEXT: got 201
  // CHECK-NEXT: got 103
  // CHECK-NEXT: end
  // CHECK-NEXT: StopIteration
}
