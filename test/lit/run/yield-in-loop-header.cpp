// CORO_YIELD in a do loop's condition and in a for loop's condition and
// increment: evaluated where C++ evaluates them, once per iteration, and a
// `continue` goes through them as it would. Python twin (the loops spelled
// out):
//   def loops():
//       n = 0
//       while True:                     # do { ... } while (yield n > 0)
//           n += 1
//           if n != 2: print("do body %d" % n)
//           if not int((yield n)) > 0: break
//       i = 0                           # for (i = 0; i < yield 100 + i; ++i)
//       while i < int((yield 100 + i)):
//           if i != 1: print("for1 body %d" % i)
//           i += 1
//       j = 0                           # for (j = 0; j < 3; j += yield 200 + j)
//       while j < 3:
//           if j != 0: print("for2 body %d" % j)
//           j += int((yield 200 + j))
//       print("end")
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

corogen::generator<int, int> loops() {
  int n = 0;
  do {
    ++n;
    if (n == 2)
      continue;
    say("do body ", n);
  } while (int(CORO_YIELD(n)) > 0);
  for (int i = 0; i < int(CORO_YIELD(100 + i)); ++i) {
    if (i == 1)
      continue;
    say("for1 body ", i);
  }
  for (int j = 0; j < 3; j += int(CORO_YIELD(200 + j))) {
    if (j == 0)
      continue;
    say("for2 body ", j);
  }
  say("end");
}

int main() {
  auto g = loops();
  int sends[] = {1, 1, 0, 3, 3, 3, 0, 1, 1, 5};
  try {
    say("got ", g.next());
    for (int s : sends)
      say("got ", g.send(s));
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
  // CHECK:      do body 1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: do body 3
  // CHECK-NEXT: got 3
  // CHECK-NEXT: got 100
  // CHECK-NEXT: for1 body 0
  // CHECK-NEXT: got 101
  // CHECK-NEXT: got 102
  // CHECK-NEXT: for1 body 2
  // CHECK-NEXT: got 103
  // CHECK-NEXT: got 200
  // CHECK-NEXT: for2 body 1
  // CHECK-NEXT: got 201
  // CHECK-NEXT: for2 body 2
  // CHECK-NEXT: got 202
  // CHECK-NEXT: end
  // CHECK-NEXT: StopIteration
}
