// A generator (a template, which clang does not check as a coroutine until
// it is instantiated) that also uses a C++20 coroutine keyword.
// RUN: not %corogen %s -- %cxxflags -std=c++20 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

template <class T> corogen::generator<T> repeat(T v) {
  CORO_YIELD(v);
  // CHECK: :[[@LINE+1]]:3: error: a corogen generator cannot also be a C++20 coroutine
  co_yield v;
}
