// A local that lives across a suspension with a type that cannot be named
// outside the generator's body: a local class, a lambda's closure type.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int> gen() {
  struct Local {
    int v;
  };
  // CHECK: :[[@LINE+1]]:9: error: 'l' lives across a suspension, but its type cannot be named outside the generator's body
  Local l{1};
  CORO_YIELD(l.v);
  // CHECK: :[[@LINE+1]]:8: error: 'twice' lives across a suspension, but its type cannot be named
  auto twice = [](int x) { return 2 * x; };
  CORO_YIELD(twice(2));
  CORO_YIELD(l.v);
}
