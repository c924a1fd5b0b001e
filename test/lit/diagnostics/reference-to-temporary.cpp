// A reference local living across a suspension bound to a temporary that
// corogen cannot keep with it: an array made otherwise than by a braced
// list in the file's text (`const int (&a)[2] = {1, 2};`, `const Pair &a =
// Pair{1, 2};`, `const Pair &a = (Pair{1, 2});` are kept, and so are lists
// inside the initialiser, `(touch(), Pair{1, 2})`:
// run/reference-member-array-temporaries.cpp), such as one a macro's
// expansion makes beside other text, and, in a template, one made from an
// initialiser the frame cannot spell in decltype (which it needs to decide
// at instantiation whether there is a temporary). (In a template, `= {e}`
// and `{e}` bind as `= e` does, the runtime deciding, and a conversion of
// e makes the temporary by a list's rules:
// run/template-reference-list-conversion.cpp; lists of other
// lengths work, run/reference-to-braced-temporary.cpp.) A reference bound to a
// temporary, to a member of one, or through a cast to a reference, is kept
// with it (run/reference-to-temporary.cpp,
// run/reference-to-temporary-member.cpp,
// run/reference-to-temporary-cast.cpp), in templates too
// (run/reference-to-temporary-template.cpp).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <string>
#include <utility>

template <class T> corogen::generator<int> gen(T t) {
  T copy = t;
  const T &r = {[&] { return decltype(copy)(t); }()};
  const T &k = [&] { return decltype(copy)(t); }();
  const T &kept = T(t);
  CORO_YIELD(1);
  CORO_YIELD(static_cast<int>(r.size() + k.size() + kept.size()));
  const std::string &whole = std::string("y");
  CORO_YIELD(static_cast<int>(whole.size()));
}

using Pair = int[2];

void touch();
#define PAIR(x) Pair{x, x}

corogen::generator<int> plain() {
  // CHECK: :[[@LINE+1]]:15: error: the reference 'a' lives across a suspension but is bound to a temporary
  const Pair &a = (touch(), PAIR(1));
  const int(&b)[2] = {3, 4};
  const Pair &c = Pair{5, 6};
  CORO_YIELD(a[0] + b[0]);
  CORO_YIELD(a[1] + b[1] + c[0]);
}
// CHECK-NOT: error:
