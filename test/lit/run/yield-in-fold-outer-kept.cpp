// A fold or a call's expansion whose pattern suspends, in a larger
// expression that C++17 evaluates in part before it, `std::cout << "sum "
// << (0 + ... + int(CORO_YIELD(ts)));` (the left of `<<` first): that
// operand, which cannot be evaluated again after the turns, is evaluated
// once before them and kept (the runtime's fold_tuple of one value), then
// read in its place; an object so made lives to the end of the statement,
// as C++ keeps a temporary, or dies when close() ends the turns. A value
// read before the fold, `x << (...)`, is the value before the turns. In a
// condition, see run/yield-in-fold-condition-kept.cpp and
// diagnostics/expansion-objects-in-condition.cpp.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <iostream>
#include <string>
#include <utility>

using trace::drive;
using trace::say;
using trace::Tracer;

int twice(int a) {
  say("twice ", a);
  return 2 * a;
}
int sum2(int a, int b) { return a + b; }

// (A stream-like object made by a call, whose `<<` gives it back.)
struct Log {
  Tracer t;
  Log &operator<<(int v) {
    say("log ", t.name(), " ", v);
    return *this;
  }
};
Log make_log(const char *name) { return Log{Tracer(name)}; }

template <class... Ts> corogen::generator<int, int> outer(Ts... ts) {
  std::cout << "sum " << (0 + ... + int(CORO_YIELD(int(ts)))) << std::endl;
  int x = 5;
  int shifted = x << (0 + ... + int(CORO_YIELD(int(ts) - 1)));
  say("shifted ", shifted);
  int v = twice(3) << (0 + ... + int(CORO_YIELD(int(ts) * 0)));
  say("v ", v);
  std::cout << "made " << twice(4) << " " << sum2(int(CORO_YIELD(int(ts) + 10))...) << std::endl;
  make_log("a") << (0 + ... + int(CORO_YIELD(int(ts) + 20)));
  say("logged");
  // (An assignment whose right reads the variable before the turns, and
  // a braced list's element before the fold, made before them.)
  int s = 1;
  s = s << (0 + ... + (int(CORO_YIELD(int(ts) + 30)) - 31));
  say("s ", s);
  s = std::pair<int, int>{twice(5), (0 + ... + int(CORO_YIELD(s + 0 * int(ts))))}.first;
  say("s ", s);
}

int main() {
  drive(outer(1, 2));
  // CHECK:      sum got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: 5
  // CHECK-NEXT: got 0
  // CHECK-NEXT: got 1
  // CHECK-NEXT: shifted 40
  // CHECK-NEXT: twice 3
  // CHECK-NEXT: got 0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: v 24
  // CHECK-NEXT: made twice 4
  // CHECK-NEXT: 8 got 11
  // CHECK-NEXT: got 12
  // CHECK-NEXT: 25
  // CHECK-NEXT: ctor a
  // CHECK-NEXT: got 21
  // CHECK-NEXT: got 22
  // CHECK-NEXT: log a 45
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: logged
  // CHECK-NEXT: got 31
  // CHECK-NEXT: got 32
  // CHECK-NEXT: s 8
  // CHECK-NEXT: twice 5
  // CHECK-NEXT: got 8
  // CHECK-NEXT: got 8
  // CHECK-NEXT: s 10
  // CHECK-NEXT: stop
  // (close() during the turns: the kept object dies.)
  {
    auto g = outer(1, 2);
    int v = g.next();
    while (v != 21)
      v = g.send(1);
    say("at ", v);
    g.close();
    say("closed");
  }
  // CHECK-NEXT: sum 2
  // CHECK-NEXT: shifted 20
  // CHECK-NEXT: twice 3
  // CHECK-NEXT: v 24
  // CHECK-NEXT: made twice 4
  // CHECK-NEXT: 8 2
  // CHECK-NEXT: ctor a
  // CHECK-NEXT: at 21
  // CHECK-NEXT: dtor a
  // CHECK-NEXT: closed
}
