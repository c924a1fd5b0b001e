// A local living across a suspension whose initialiser binds a reference
// member of an aggregate to a temporary: C++ keeps that temporary alive
// as long as the local ([class.temporary] p6), but the frame makes the
// local with a new-expression, where the temporary would die at the end
// of the statement. Refused (a reference local bound to one temporary is
// kept with it: run/reference-to-temporary.cpp). So is a std::initializer_list
// member made from a braced list, whose array lives as long as the local.
//
// g++ also extends the temporary where the aggregate is a prvalue that
// makes the local (`auto a = A{S()};`, `A a(A{S()});`), and through a cast
// to a reference; clang does not, and its AST does not mark the temporary
// as extended: corogen refuses those too, as either compiler may build the
// output. A member bound to an object, and an aggregate a function returns
// (whose temporaries died in the function), are kept as usual.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

#include <initializer_list>

struct S {
  int v;
};
struct A {
  const S &r;
};
struct B {
  A in;
  int k;
};
struct L {
  std::initializer_list<int> il;
};
A make(const S &s) { return A{s}; }

corogen::generator<int> members() {
  // CHECK: :[[@LINE+1]]:5: error: 'a' lives across a suspension and its initialiser binds a reference member to a temporary (or makes a std::initializer_list member's array), which C++ keeps alive as long as 'a' but the frame cannot; make the temporary a variable of its own
  A a{S{1}};
  // CHECK: :[[@LINE+1]]:12: error: 'b' lives across a suspension and its initialiser binds a reference member to a temporary
  const A &b = A{S{2}};
  S s{3};
  A c{s};
  // CHECK: :[[@LINE+1]]:8: error: 'd' lives across a suspension and its initialiser binds a reference member
  auto d = A{S{4}};
  // CHECK: :[[@LINE+1]]:5: error: 'e' lives across a suspension and its initialiser binds a reference member
  A e = A{S{5}};
  // CHECK: :[[@LINE+1]]:5: error: 'f' lives across a suspension and its initialiser binds a reference member
  A f(A{S{6}});
  // CHECK: :[[@LINE+1]]:5: error: 'g' lives across a suspension and its initialiser binds a reference member
  A g[1] = {S{7}};
  // CHECK: :[[@LINE+1]]:5: error: 'h' lives across a suspension and its initialiser binds a reference member
  B h{A{S{8}}, 1};
  // CHECK: :[[@LINE+1]]:5: error: 'i' lives across a suspension and its initialiser binds a reference member
  B i = {{S{9}}, 2};
  // CHECK: :[[@LINE+1]]:8: error: 'j' lives across a suspension and its initialiser binds a reference member
  auto j = A{static_cast<const S &>(S{10})};
  // CHECK: :[[@LINE+1]]:5: error: 'k' lives across a suspension and its initialiser binds a reference member to a temporary (or makes a std::initializer_list member's array)
  L k{{1, 2}};
  // CHECK: :[[@LINE+1]]:8: error: 'l' lives across a suspension and its initialiser binds a reference member
  auto l = A{S{11}.v == 11 ? S{12} : S{13}};
  auto m = A{s};
  B n{c, 3};
  A o = make(S{14});
  CORO_YIELD(a.r.v + b.r.v + c.r.v + d.r.v + e.r.v + f.r.v + g[0].r.v + h.in.r.v + i.k);
  CORO_YIELD(j.r.v + static_cast<int>(k.il.size()) + l.r.v + m.r.v + n.k + o.r.v);
}
