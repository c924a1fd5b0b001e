// A generator whose parameters are a pack: not kept in the frame yet.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

template <class... Ts>
// CHECK: :[[@LINE+1]]:38: error: the parameter pack 'args' cannot be kept in a generator's frame yet
corogen::generator<long> stats(Ts... args) {
  CORO_YIELD(static_cast<long>(sizeof...(args)));
}
