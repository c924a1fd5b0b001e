// A reference local bound to a temporary, living across a suspension.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <string>

corogen::generator<int> gen() {
  // CHECK: :[[@LINE+1]]:22: error: the reference 'r' lives across a suspension but is bound to a temporary
  const std::string &r = std::string("x");
  CORO_YIELD(1);
  CORO_YIELD(static_cast<int>(r.size()));
}
