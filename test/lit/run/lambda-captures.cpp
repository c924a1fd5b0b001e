// Lambdas that capture the generator's locals and parameters, by reference
// (they see later changes, also after a suspension) and by copy (they keep
// the value of when they were made), explicitly and by default, plus an
// init-capture from a local; stored across suspensions in std::function, and
// one called where it is made. Python twin (closures see the variables; the
// copies are made by hand):
//   def lam(p):
//       count = 0; label = "L"
//       def bump(by): nonlocal count; count += by; return count
//       snap_count, snap_p = count, p          # [=]
//       named_label = label                    # [label, &p]
//       n = count + 1                          # [n = count + 1]
//       yield bump(1); print(label, count, p)
//       label = "M"; p += 10
//       yield bump(2); print(label, count, p)
//       yield snap_count * 100 + snap_p
//       yield len(named_label) + p
//       yield n
//       yield count + 1000
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <functional>
#include <string>

using trace::say;

corogen::generator<int> lam(int p) {
  int count = 0;
  std::string label = "L";
  std::function<int(int)> bump = [&count](int by) {
    count += by;
    return count;
  };
  std::function<void()> show = [&]() { say(label, " ", count, " ", p); };
  std::function<int()> snapshot = [=]() { return count * 100 + p; };
  std::function<int()> named = [label, &p] { return static_cast<int>(label.size()) + p; };
  std::function<int()> init = [n = count + 1] { return n; };
  CORO_YIELD(bump(1));
  show();
  label = "M";
  p += 10;
  CORO_YIELD(bump(2));
  show();
  CORO_YIELD(snapshot());
  CORO_YIELD(named());
  CORO_YIELD(init());
  CORO_YIELD([&] { return count + 1000; }());
}

int main() {
  for (int v : lam(5))
    say("got ", v);
  // CHECK:      got 1
  // CHECK-NEXT: L 1 5
  // CHECK-NEXT: got 3
  // CHECK-NEXT: M 3 15
  // CHECK-NEXT: got 5
  // CHECK-NEXT: got 16
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 1003
}
