// A frame local named inside a macro's definition, which corogen cannot
// rewrite: in a statement, in a marker's argument, and in a lambda that
// keeps its copy in a box (a const variable of a mutable lambda).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <cstdio>

#define SHOW_TOTAL() std::printf("%d\n", total)
#define TWICE_TOTAL (total * 2)
#define SHOW_LIMIT() std::printf("%d\n", limit)

corogen::generator<int> gen() {
  int total = 5;
  CORO_YIELD(1);
  // CHECK: :[[@LINE+1]]:3: error: 'total' lives across a suspension and is named inside a macro's definition, which corogen cannot rewrite
  SHOW_TOTAL();
  // CHECK: :[[@LINE+1]]:14: error: 'total' lives across a suspension and is named inside a macro's definition
  CORO_YIELD(TWICE_TOTAL);
}

corogen::generator<int> lam() {
  const int limit = 3;
  CORO_YIELD(1);
  // CHECK: :[[@LINE+1]]:23: error: 'limit' lives across a suspension and is named inside a macro's definition
  [limit]() mutable { SHOW_LIMIT(); }();
  CORO_YIELD(limit);
}
