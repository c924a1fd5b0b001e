// A reference local bound to a temporary whose type depends on a template
// parameter, living across a suspension: rejected (the frame keeps the
// temporary in a slot of its type, made from the initialiser's text, which
// the template's AST does not show). A reference bound to a temporary, to a
// member of one, or through a cast to a reference, is kept with it:
// run/reference-to-temporary.cpp, run/reference-to-temporary-member.cpp,
// run/reference-to-temporary-cast.cpp.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <string>
#include <utility>

template <class T> corogen::generator<int> gen(T t) {
  // CHECK: :[[@LINE+1]]:12: error: the reference 'r' lives across a suspension but is bound to a temporary
  const T &r = T(t);
  CORO_YIELD(1);
  CORO_YIELD(static_cast<int>(r.size()));
  const std::string &whole = std::string("y");
  CORO_YIELD(static_cast<int>(whole.size()));
}
// CHECK-NOT: error:
