// A handler's reference to the pointer it catches, living across a
// suspension: compilers bind it to different objects (clang to the
// exception object, g++ to storage of the handler's own, the pointer
// adjusted to the caught type, which ends when corogen's stub handler
// does; reading it after the suspension read garbage under g++ before
// corogen kept a copy). A const one binds to a copy the frame keeps
// (run/handler-pointer-reference.cpp); a non-const one is refused, as a
// write through it would not reach what it reached.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

static int two[2] = {1, 2};

corogen::generator<int> gen() {
  try {
    throw &two[0];
  } catch (int *&p) {
    // CHECK: :[[@LINE-1]]:18: error: 'p' is a non-const reference to the pointer that its handler catches, and lives across a suspension, where corogen keeps a copy of the pointer (compilers bind such a reference to different objects: the exception object, or storage of the handler's own, which ends when corogen's stub handler does); a write through it would not reach what it reached: catch the pointer by value or by const reference
    CORO_YIELD(p[1]);
    p = nullptr;
  }
}
