// Names beginning with corogen_ are reserved for the generated code: a
// parameter, a local, a structured binding and a label.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

// CHECK: :[[@LINE+1]]:33: error: names beginning with 'corogen_' are reserved for the code corogen generates
corogen::generator<int> gen(int corogen_p) {
  // CHECK: :[[@LINE+1]]:7: error: names beginning with 'corogen_' are reserved for the code corogen generates
  int corogen_x = 1;
  CORO_YIELD(corogen_x + corogen_p);
  int pair[2] = {1, 2};
  // CHECK: :[[@LINE+1]]:12: error: names beginning with 'corogen_' are reserved for the code corogen generates
  auto [a, corogen_b] = pair;
  CORO_YIELD(a + corogen_b);
// CHECK: :[[@LINE+1]]:1: error: names beginning with 'corogen_' are reserved for the code corogen generates
corogen_label:
  CORO_YIELD(0);
}
