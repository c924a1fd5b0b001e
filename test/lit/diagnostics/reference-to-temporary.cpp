// A reference local bound to a temporary through an explicit cast (which
// keeps the temporary alive, [class.temporary] p6), living across a
// suspension: rejected. A reference bound to a whole temporary, or to a
// member of one, is kept with it: run/reference-to-temporary.cpp,
// run/reference-to-temporary-member.cpp.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <string>
#include <utility>

corogen::generator<int> gen() {
  // CHECK: :[[@LINE+1]]:22: error: the reference 'r' lives across a suspension but is bound to a temporary
  const std::string &r = static_cast<const std::string &>(std::string("x"));
  CORO_YIELD(1);
  CORO_YIELD(static_cast<int>(r.size()));
  const std::string &whole = std::string("y");
  CORO_YIELD(static_cast<int>(whole.size()));
}
// CHECK-NOT: error:
