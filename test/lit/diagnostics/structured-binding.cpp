// Structured bindings living across a suspension that corogen cannot keep:
// one whose type depends on a template parameter (nothing to name), and one
// that copies an array (copied element by element, which placement new
// cannot spell). Others work: run/structured-bindings.cpp.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <utility>

template <class T> corogen::generator<int> pairs(std::pair<T, T> p) {
  // CHECK: :[[@LINE+1]]:8: error: this structured binding lives across a suspension, and its type depends on a template parameter
  auto [a, b] = p;
  CORO_YIELD(static_cast<int>(a));
  CORO_YIELD(static_cast<int>(b));
}

corogen::generator<int> copies() {
  int arr[2] = {1, 2};
  // CHECK: :[[@LINE+1]]:8: error: this structured binding copies an array and lives across a suspension
  auto [x, y] = arr;
  CORO_YIELD(x);
  CORO_YIELD(y);
}
