// A marker in the initialiser of one of several variables declared together
// runs declarator by declarator (run/yield-in-later-declarator.cpp): the
// declaration becomes one statement per variable (in a block of its own
// where it is the unbraced body of another statement:
// run/yield-split-declaration-unbraced-body.cpp). Rejected where a
// variable of it could not be kept in the frame (an `auto` whose type
// depends on a template parameter).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

template <class T> corogen::generator<int, int> dependent(T t) {
  // CHECK: :[[@LINE+1]]:17: error: a marker in the initialiser of a declaration of several variables that corogen cannot split
  auto a = t.n, b = t.n + int(CORO_YIELD(1));
  (void)(a + b);
}
