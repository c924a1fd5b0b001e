// A reference that lives across a suspension bound to a part of a
// temporary (a member of an object that a call or a braced list makes),
// whose whole temporary C++ keeps alive with the reference: the frame
// keeps it where its type is known and can be named
// (run/reference-to-temporary-member.cpp); refused where the temporary is
// of a class of the body, for a structured binding's reference (a plain
// reference is then kept in a box: run/unnameable-reference-to-part.cpp),
// and, in a template, where the member's object is of a type that depends on
// a template parameter and may be a prvalue (the runtime's kept_reference
// sees only the member, an xvalue, and would keep its address: before,
// the reference dangled; so is `decltype(auto)` of such a member in
// parentheses, a reference). A member of a variable, or a copy of a member
// of a temporary, works.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

#include <utility>

template <class T> T build();

template <class T> corogen::generator<int> parts(T t) {
  // CHECK: :[[@LINE+1]]:15: error: the reference 'r' lives across a suspension but is bound to a temporary (to a part of it, or through a conversion corogen does not carry over; in a template, through a braced list, a marker or an initialiser the frame cannot spell in decltype); store the value instead, in a variable of the type the reference refers to
  const auto &r = build<T>().first;
  // CHECK: :[[@LINE+1]]:10: error: the reference 'k' lives across a suspension but is bound to a temporary
  auto &&k = (std::pair<T, int>(t, 1)).first;
  // CHECK: :[[@LINE+1]]:15: error: the reference '[a, b]' lives across a suspension but is bound to a temporary
  const auto &[a, b] = std::make_pair(build<T>(), 0).first;
  // CHECK: :[[@LINE+1]]:18: error: the reference 'd' lives across a suspension but is bound to a temporary
  decltype(auto) d = (build<T>().first);
  decltype(auto) e = build<T>().first;
  const auto &v = t.first;
  auto copy = build<T>().first;
  CORO_YIELD(1);
  CORO_YIELD(int(r.first + k + a + d + e + v + copy));
}

corogen::generator<int> local() {
  struct Holder {
    std::pair<int, int> p;
  };
  // CHECK: :[[@LINE+1]]:15: error: the reference '[x, y]' lives across a suspension but is bound to a temporary
  const auto &[x, y] = Holder{{1, 2}}.p;
  const int &kept = Holder{{3, 4}}.p.first;
  CORO_YIELD(x);
  CORO_YIELD(y + kept);
}
