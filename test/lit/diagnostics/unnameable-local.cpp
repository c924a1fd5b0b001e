// A local that lives across a suspension with a type that cannot be named
// outside the generator's body (a local class, a lambda's closure type) is
// kept in a box, made by its own declaration, which must then be a
// declaration of one object, alone, in a statement of a block: a reference
// to such an object, an array of them, or one declared in a for's
// init-statement, is refused.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int, int> gen() {
  struct Local {
    int v;
  };
  Local l{1};
  auto twice = [](int x) { return 2 * x; };
  // CHECK: :[[@LINE+1]]:9: error: 'r' lives across a suspension, but its type cannot be named outside the generator's body, and corogen keeps such a local only when it is an object (not a reference, an array or 'static') declared on its own by a statement of a block; declare it so, or with a type defined outside the generator
  auto &r = twice;
  // CHECK: :[[@LINE+1]]:9: error: 'pair' lives across a suspension, but its type cannot be named
  Local pair[2] = {{1}, {2}};
  CORO_YIELD(r(l.v) + pair[1].v);
  // CHECK: :[[@LINE+1]]:13: error: 'step' lives across a suspension, but its type cannot be named
  for (auto step = [](int x) { return x + 1; }; l.v < 3; l.v = step(l.v))
    CORO_YIELD(l.v);
  CORO_YIELD(twice(1));
}
// CHECK-NOT: error:
