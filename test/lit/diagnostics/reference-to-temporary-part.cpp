// A reference that lives across a suspension bound to a part of a
// temporary (a member of an object that a call or a braced list makes),
// whose whole temporary C++ keeps alive with the reference: the frame
// keeps it where its type is known and can be named
// (run/reference-to-temporary-member.cpp), and in a box where the
// temporary is of a class of the body (run/unnameable-reference-to-part.cpp);
// refused in a template where the member's object is of a class of the body
// (which the frame cannot spell in decltype; of other dependent types,
// the runtime's bound_value keeps the object:
// run/template-reference-to-temporary-part.cpp).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

#include <utility>

template <class T> corogen::generator<int> dependent(T t) {
  struct Holder {
    std::pair<T, int> p;
  };
  // CHECK: :[[@LINE+1]]:15: error: the reference 'r' lives across a suspension but is bound to a temporary
  const auto &r = Holder{{t, 1}}.p;
  CORO_YIELD(1);
  CORO_YIELD(int(r.first));
}
