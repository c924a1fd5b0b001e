// Structured bindings living across a suspension that corogen cannot keep.
// Those whose type depends on a template parameter are kept by the
// runtime, which names a class's members with a structured binding of as
// many names, up to 16 (run/structured-bindings-template.cpp); the frame
// names the hidden object's type from the initialiser, as for an `auto`
// local (run/auto-helper-bindings-in-template.cpp). Others work:
// run/structured-bindings.cpp, run/structured-binding-array-copy.cpp.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

template <class T> struct Many {
  T m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15, m16;
};

template <class T> corogen::generator<int> many(Many<T> m) {
  // CHECK: :[[@LINE+1]]:8: error: this structured binding lives across a suspension, its type depends on a template parameter, and it has more than 16 names
  auto [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16] = m;
  CORO_YIELD(static_cast<int>(a0 + a16));
}

// CHECK-NOT: error:
