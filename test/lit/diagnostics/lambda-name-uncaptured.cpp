// A lambda that names a frame variable where C++ needs no capture of it,
// other than in sizeof and in decltype(x): reading a constant's value in a
// lambda without a capture-default (or in a nested lambda that neither
// captures it nor has one), and naming it in another unevaluated operand,
// where C++ gives it the type a capture would have.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

int f(const int &);

corogen::generator<int> gen() {
  const int limit = 3;
  int n = 0;
  CORO_YIELD(limit);
  // CHECK: :[[@LINE+1]]:23: error: this lambda names 'limit', which lives across a suspension, where C++ needs no capture of it
  int a = [] { return limit; }();
  // CHECK: :[[@LINE+1]]:47: error: this lambda names 'limit', which lives across a suspension
  int b = [&] { return f(limit) + [] { return limit; }(); }();
  // CHECK: :[[@LINE+1]]:36: error: this lambda names 'n', which lives across a suspension
  bool c = [=] { return noexcept(f(n)); }();
  CORO_YIELD(a + b + c + n);
}
