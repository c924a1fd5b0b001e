// An `auto` local whose type depends on a template parameter, living across
// a suspension, is kept when the frame can name its type from decltype of the
// initialiser, where the locals it names are read as lvalues of their types
// (run/local-auto-in-template.cpp, run/auto-from-locals-in-template.cpp).
// Not when the initialiser holds what that reading cannot carry: a lambda
// (its closure type is new at each appearance), a local named inside
// decltype (where its declared type, not an lvalue, is meant), or a braced
// list after `=` (a std::initializer_list).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

template <class T> corogen::generator<int> sizes(T t) {
  T copy = t;
  // CHECK: :[[@LINE+1]]:8: error: 'm' lives across a suspension and its 'auto' type depends on a template parameter
  auto m = [&] { return copy.size(); }();
  // CHECK: :[[@LINE+1]]:8: error: 'k' lives across a suspension and its 'auto' type depends on a template parameter
  auto k = decltype(copy)(t);
  // CHECK: :[[@LINE+1]]:8: error: 'p' lives across a suspension and its 'auto' type depends on a template parameter
  auto p = {copy.size()};
  CORO_YIELD(0);
  CORO_YIELD(static_cast<int>(m + k.size() + p.size()));
}
// CHECK-NOT: error:
