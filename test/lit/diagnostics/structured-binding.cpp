// A structured binding living across a suspension that corogen cannot keep:
// one whose type depends on a template parameter (nothing to name). Others
// work: run/structured-bindings.cpp, run/structured-binding-array-copy.cpp.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <utility>

template <class T> corogen::generator<int> pairs(std::pair<T, T> p) {
  // CHECK: :[[@LINE+1]]:8: error: this structured binding lives across a suspension, and its type depends on a template parameter
  auto [a, b] = p;
  CORO_YIELD(static_cast<int>(a));
  CORO_YIELD(static_cast<int>(b));
}
