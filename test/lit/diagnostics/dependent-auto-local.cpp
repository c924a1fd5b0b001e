// An `auto` local whose type depends on a template parameter, living across
// a suspension.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

template <class T> corogen::generator<int> sizes(T t) {
  // CHECK: :[[@LINE+1]]:8: error: 'n' lives across a suspension and its 'auto' type depends on a template parameter
  auto n = t.size();
  CORO_YIELD(0);
  CORO_YIELD(static_cast<int>(n));
}
