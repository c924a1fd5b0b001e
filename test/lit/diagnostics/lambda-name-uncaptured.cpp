// A lambda that names a frame variable where C++ may need no capture of
// it, other than in sizeof and in decltype(x): reading a constant's value in
// a lambda without a capture-default (or in a nested lambda that neither
// captures it nor has one); reading, under [=], a reference bound to a
// global (g++ copies the object in C++17, C++20 and clang do not capture
// the reference); and naming it in another unevaluated operand, where C++
// gives it the type a capture would have.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

int f(const int &);
int global = 1;

corogen::generator<int> gen() {
  const int limit = 3;
  int n = 0;
  int &g = global;
  CORO_YIELD(limit);
  // CHECK: :[[@LINE+1]]:23: error: this lambda names 'limit', which lives across a suspension, where C++ may need no capture of it
  int a = [] { return limit; }();
  // CHECK: :[[@LINE+1]]:47: error: this lambda names 'limit', which lives across a suspension
  int b = [&] { return f(limit) + [] { return limit; }(); }();
  // CHECK: :[[@LINE+1]]:36: error: this lambda names 'n', which lives across a suspension
  bool c = [=] { return noexcept(f(n)); }();
  // CHECK: :[[@LINE+1]]:24: error: this lambda names 'g', which lives across a suspension
  int d = [=] { return g; }();
  int e = [&] { return g; }();
  CORO_YIELD(a + b + c + d + e + n);
}
