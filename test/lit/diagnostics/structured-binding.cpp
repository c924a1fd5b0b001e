// Structured bindings living across a suspension that corogen cannot keep.
// Those whose type depends on a template parameter are kept by the
// runtime, which names a class's members with a structured binding of as
// many names, any number of them (run/structured-bindings-template.cpp,
// run/structured-bindings-template-many.cpp); the frame names the hidden
// object's type through decltype of the initialiser, as for an `auto`
// local, so the initialiser may not hold a lambda. Others work:
// run/structured-bindings.cpp, run/structured-binding-array-copy.cpp.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <utility>

template <class T> corogen::generator<int> pairs(std::pair<T, T> p) {
  // CHECK: :[[@LINE+1]]:8: error: '[a, b]' lives across a suspension and its 'auto' type depends on a template parameter, and the frame cannot name it from its initialiser
  auto [a, b] = [&] { return p; }();
  CORO_YIELD(static_cast<int>(a));
  CORO_YIELD(static_cast<int>(b));
}

// CHECK-NOT: error:
