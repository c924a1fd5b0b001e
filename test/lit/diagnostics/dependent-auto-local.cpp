// An `auto` local whose type depends on a template parameter, living across
// a suspension, is kept when the frame can name its type from decltype of the
// initialiser (run/local-auto-in-template.cpp); not when the initialiser
// names a local of the body, which the frame's type declarations, made
// before the body, cannot see.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

template <class T> corogen::generator<int> sizes(T t) {
  auto n = t.size();
  T copy = t;
  // CHECK: :[[@LINE+1]]:8: error: 'm' lives across a suspension and its 'auto' type depends on a template parameter
  auto m = copy.size() + n;
  CORO_YIELD(0);
  CORO_YIELD(static_cast<int>(n + m));
}
// CHECK-NOT: error:
