// A marker used inside another macro's definition.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#define YIELD_TWICE(x) CORO_YIELD(x); CORO_YIELD(x)

corogen::generator<int> gen() {
  // CHECK: :[[@LINE+1]]:3: error: CORO_YIELD is used inside another macro's definition, which corogen cannot rewrite
  YIELD_TWICE(1);
}
