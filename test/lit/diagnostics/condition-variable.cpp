// A variable declared in a condition (or a statement's init-statement)
// whose lifetime spans a suspension.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

int next_value();

corogen::generator<int> gen() {
  // CHECK: :[[@LINE+1]]:11: error: 'v', declared in the condition, lives across a suspension
  if (int v = next_value()) {
    CORO_YIELD(v);
  }
  // CHECK: :[[@LINE+1]]:14: error: 'w', declared in the condition, lives across a suspension
  while (int w = next_value()) {
    CORO_YIELD(w);
  }
  // CHECK: :[[@LINE+1]]:11: error: 'x', declared in the condition, lives across a suspension
  if (int x = next_value(); x > 0) {
    CORO_YIELD(x);
  }
}
