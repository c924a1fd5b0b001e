// A lambda that captures a local or a parameter that the generator keeps in
// its frame, explicitly and by default capture.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int> gen(int p) {
  int total = 1;
  CORO_YIELD(total);
  // CHECK: :[[@LINE+1]]:13: error: this lambda captures 'total', which the generator keeps in its frame
  int a = [&total] { return total; }();
  // CHECK: :[[@LINE+1]]:24: error: this lambda captures 'p', which the generator keeps in its frame
  int b = [=] { return p; }();
  CORO_YIELD(a + b);
}
