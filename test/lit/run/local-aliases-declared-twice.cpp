// In a template, an alias of the body that a frame type names is declared
// at the top of the function too (run/local-names.cpp). Where another
// declaration of the body (or a parameter) has its name, the top declares
// it under a name of its own, `corogen_alias_<n>_<name>`, which the frame's
// types, and the aliases declared after it there, spell in its place; the
// body keeps its declarations as written. Before, such a local was refused.
// A namespace alias of the same name stands outside: a type spelled with
// its name at the top would have named it (a double) and compiled.
// RUN: %run-both %s %t | %check-trace %s
// RUN: FileCheck %s --check-prefix=TOP < %t.cpp
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <utility>
#include <vector>

using trace::say;

using A = double;

template <class T> corogen::generator<int> twice(T t) {
  {
    using A = T;
    A x = t;
    std::vector<A> v{x, x};
    using B = std::pair<A, int>;
    B b{x, 2};
    CORO_YIELD(int(sizeof(x)));
    CORO_YIELD(int(v.size()) + b.second);
  }
  {
    using A = T *;
    // (Several names at once: the top declares them all, and uses them.)
    typedef A P, *PP;
    T y = t;
    A p = &y;
    PP pp = &p;
    auto q = A(p);
    CORO_YIELD(int(sizeof(p)) + int(**pp) + int(*q));
    for (A e : std::vector<A>{p})
      CORO_YIELD(int(*e));
  }
  using A = short;
  A s = 40;
  CORO_YIELD(int(sizeof(s)) + s);
}
// (The last alias names no dependent type: the frame spells `short`.)
// TOP: {{^}}template <class T> corogen::generator<int> twice(T t) { using corogen_alias_1_A = T; using B = std::pair<corogen_alias_1_A, int>;
// TOP-SAME: using corogen_alias_2_A = T *; typedef corogen_alias_2_A P, *PP; (void)sizeof(::corogen::detail::type_use<P>); (void)sizeof(::corogen::detail::type_use<PP>);
// TOP-NOT: corogen_alias_3_A
// TOP-SAME: using corogen_type_{{[0-9]+}} = corogen_alias_1_A;
// TOP-SAME: using corogen_type_{{[0-9]+}} = std::vector<corogen_alias_1_A>;
// TOP-SAME: using corogen_type_{{[0-9]+}} = corogen_alias_2_A;
// TOP-SAME: struct corogen_frame

// An alias with a parameter's name (which a block may hide, but not the top
// of the function).
template <class T> corogen::generator<int> parameter(T t, int n) {
  {
    using n = long long;
    n wide = t;
    CORO_YIELD(int(sizeof(wide)) * 10 + int(wide));
  }
  CORO_YIELD(n);
}

int main() {
  say("twice");
  for (int v : twice(char(5)))
    say("got ", v);
  say("parameter");
  for (int v : parameter(7, 9))
    say("got ", v);
}
// CHECK-LABEL: twice
// sizeof(char), then two elements and b.second
// CHECK-NEXT: got 1
// CHECK-NEXT: got 4
// sizeof(char *), then 5 through two pointers and the cast
// CHECK-NEXT: got {{18|14}}
// CHECK-NEXT: got 5
// sizeof(short) and 40
// CHECK-NEXT: got 42
// CHECK-LABEL: parameter
// CHECK-NEXT: got 87
// CHECK-NEXT: got 9
