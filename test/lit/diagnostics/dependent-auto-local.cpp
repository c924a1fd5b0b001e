// An `auto` local whose type depends on a template parameter, living across
// a suspension, is kept when the frame can name its type from decltype of the
// initialiser, where the locals it names are read as lvalues of their types
// (run/local-auto-in-template.cpp, run/auto-from-locals-in-template.cpp).
// An initialiser that holds a lambda or names a local inside a macro goes
// whole into a lambda whose parameters are those locals
// (run/auto-from-lambda-in-template.cpp); `decltype(x)` of a local is
// spelled as its declared type (run/auto-decltype-local-in-template.cpp).
// Not when the initialiser holds what neither reading can carry:
// `decltype(x)` where the text goes into that lambda (whose parameter `x`
// is a reference), or a structured binding beside a lambda. (A braced list
// after `=` makes a std::initializer_list, which no frame can keep:
// diagnostics/initializer-list-local.cpp.)
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

template <class T> corogen::generator<int> sizes(T t) {
  T copy = t;
  auto m = [&] { return copy.size(); }();
  auto [first, second] = copy.pair();
  // CHECK: :[[@LINE+1]]:8: error: 'n' lives across a suspension and its 'auto' type depends on a template parameter
  auto n = first + [&] { return copy.size(); }();
  // CHECK: :[[@LINE+1]]:8: error: 'k' lives across a suspension and its 'auto' type depends on a template parameter
  auto k = [&] { return decltype(copy)(t); }();
  // CHECK: :[[@LINE+1]]:8: error: 'p' lives across a suspension and is a std::initializer_list made from a braced list
  auto p = {copy.size()};
  CORO_YIELD(0);
  CORO_YIELD(static_cast<int>(m + k.size() + p.size() + n + second));
}
// CHECK-NOT: error:
