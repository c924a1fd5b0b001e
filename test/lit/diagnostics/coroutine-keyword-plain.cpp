// A generator (not a template) that also uses a C++20 coroutine keyword:
// corogen's error, which says what to write instead (SPEC section 3), not
// only clang's complaint about corogen::generator's missing promise_type.
// RUN: not %corogen %s -- %cxxflags -std=c++20 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <coroutine>

corogen::generator<int> plain() {
  CORO_YIELD(1);
  // CHECK: :[[@LINE+1]]:3: error: a corogen generator cannot also be a C++20 coroutine
  co_yield 2;
}
