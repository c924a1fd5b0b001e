// A generator whose body is a function-try-block.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

// CHECK: :[[@LINE+1]]:31: error: a generator cannot have a function-try-block
corogen::generator<int> gen() try {
  CORO_YIELD(1);
} catch (...) {
}
