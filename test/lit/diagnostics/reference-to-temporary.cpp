// A reference local bound to part of a temporary (which the reference keeps
// alive whole), living across a suspension: rejected. A reference bound to a
// whole temporary is kept with it: run/reference-to-temporary.cpp.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <string>
#include <utility>

corogen::generator<int> gen() {
  // CHECK: :[[@LINE+1]]:22: error: the reference 'r' lives across a suspension but is bound to a temporary
  const std::string &r = std::make_pair(std::string("x"), 1).first;
  CORO_YIELD(1);
  CORO_YIELD(static_cast<int>(r.size()));
  const std::string &whole = std::string("y");
  CORO_YIELD(static_cast<int>(whole.size()));
}
// CHECK-NOT: error:
