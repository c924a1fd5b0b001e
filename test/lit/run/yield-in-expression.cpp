// CORO_YIELD inside larger expressions: a compound assignment, a function's
// argument (the arguments before it are evaluated before the generator
// suspends, those after it once it resumes), an operand of arithmetic, the
// condition of an if, and a conditional's condition. Python twin:
//   def exprs():
//       total = 0
//       total += int((yield total)); print("total", total)
//       r = add3(tick("a"), (yield 1), tick("c")); print("r", r)
//       v = []; v.append(2 * int((yield 2)) + 1); print("v", v[0])
//       if int((yield 3)) > 10: print("big")
//       else: print("small")
//       s = "x" + ("one" if (yield 4) == 1 else "other"); print(s)
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <algorithm>
#include <string>
#include <vector>

using trace::say;

static int counter = 0;
int tick(const char *what) {
  say("eval ", what);
  return ++counter;
}
int add3(int a, int b, int c) {
  say("add3 ", a, " ", b, " ", c);
  return a + b + c;
}

corogen::generator<int, int> exprs() {
  int total = 0;
  total += int(CORO_YIELD(total));
  say("total ", total);
  int r = add3(tick("a"), CORO_YIELD(1), tick("c"));
  say("r ", r);
  std::vector<int> v;
  v.push_back(2 * int(CORO_YIELD(2)) + 1);
  say("v ", v[0]);
  if (int(CORO_YIELD(3)) > 10)
    say("big");
  else
    say("small");
  std::string s = std::string("x") + std::string(int(CORO_YIELD(4)) == 1 ? "one" : "other");
  say(s);
}

// An argument of an overloaded function template: the marker's value is
// not a std::initializer_list, so std::max<int>(a, b) is the two-value max
// (before, clang picked max(std::initializer_list<int>, Compare) with the
// second marker as Compare, and refused the source).
corogen::generator<int, int> overloaded() {
  int r = std::max<int>(CORO_YIELD(1), CORO_YIELD(2));
  say("max ", r);
}

int main() {
  auto g = exprs();
  say("y ", g.next());
  // CHECK:      y 0
  say("y ", g.send(5));
  // CHECK-NEXT: total 5
  // CHECK-NEXT: eval a
  // CHECK-NEXT: y 1
  say("y ", g.send(7));
  // CHECK-NEXT: eval c
  // CHECK-NEXT: add3 1 7 2
  // CHECK-NEXT: r 10
  // CHECK-NEXT: y 2
  say("y ", g.send(20));
  // CHECK-NEXT: v 41
  // CHECK-NEXT: y 3
  say("y ", g.send(1));
  // CHECK-NEXT: small
  // CHECK-NEXT: y 4
  try {
    g.send(1);
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
  // CHECK-NEXT: xone
  // CHECK-NEXT: StopIteration

  auto o = overloaded();
  say("y ", o.next());
  say("y ", o.send(30));
  try {
    o.send(20);
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT: y 1
  // CHECK-NEXT: y 2
  // CHECK-NEXT: max 30
  // CHECK-NEXT: stop
}
