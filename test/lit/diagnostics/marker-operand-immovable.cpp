// An operand of a class type made before a suspension, where C++ makes the
// object in place after it (a by-value parameter, an element of an array
// or of an aggregate), is kept in the frame and moved there: a type that
// cannot be moved (a deleted move constructor, or no move constructor and
// a copy constructor that takes a non-const reference) is refused. A type
// whose move is deleted by default, which overload resolution ignores, is
// copied, and one with a copy constructor only is copied: those pass (and
// run, -DOTHERS). In a template, where the type depends on a template
// parameter, the runtime checks it at instantiation (-DTEMPLATE).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: %corogen %s -o %t.cpp -- %cxxflags -DOTHERS
// RUN: %cxx-gcc %cxxflags -DOTHERS %t.cpp -o %t.gcc && %t.gcc | FileCheck %s --check-prefix=OUT
// RUN: %cxx-clang %cxxflags -DOTHERS %t.cpp -o %t.clang && %t.clang | FileCheck %s --check-prefix=OUT
// RUN: %corogen %s -o %t.template.cpp -- %cxxflags -DTEMPLATE
// RUN: not %cxx-gcc %cxxflags -DTEMPLATE -fsyntax-only %t.template.cpp 2>&1 | FileCheck %s --check-prefix=TEMPLATE
// RUN: not %cxx-clang %cxxflags -DTEMPLATE -fsyntax-only %t.template.cpp 2>&1 | FileCheck %s --check-prefix=TEMPLATE
// TEMPLATE: corogen: this operand is made before a suspension and moved after it to where C++ makes the object in place, and its type cannot be moved
#include <corogen/corogen.hpp>

#include <cstdio>

struct Pinned {
  int v;
  Pinned(int v) : v(v) {}
  Pinned(Pinned &&) = delete;
};
struct Grabby {
  int v;
  Grabby(int v) : v(v) {}
  Grabby(Grabby &) = default;
};
struct Pair {
  Pinned a;
  int b;
};
int take(Pinned p, int k) { return p.v + k; }
int grab(Grabby g, int k) { return g.v + k; }

// Copyable, its move deleted by default (a member's is): copied.
struct CopyOnly {
  CopyOnly(int v) : v(v) {}
  CopyOnly(const CopyOnly &o) : v(o.v) { std::puts("copy"); }
  CopyOnly(CopyOnly &&) = delete;
  int v;
};
struct Holder {
  Holder(int v) : c(v) {}
  CopyOnly c;
};
// No move constructor declared: the copy constructor.
struct Old {
  Old(int v) : v(v) {}
  Old(const Old &o) : v(o.v) { std::puts("old copy"); }
  int v;
};
int hold(Holder h, int k) { return h.c.v + k; }
int old(Old o, int k) { return o.v + k; }

#if !defined(OTHERS) && !defined(TEMPLATE)
corogen::generator<int, int> refused() {
  // CHECK: :[[@LINE+1]]:27: error: CORO_YIELD here would need 'Pinned(1)' kept across the suspension, made before it and moved after it to where C++ makes the object in place, and its type cannot be moved
  int r = take(Pinned(1), CORO_YIELD(2));
  // CHECK: :[[@LINE+1]]:37: error: CORO_YIELD here would need 'Pinned(3)' kept across the suspension
  Pinned ps[2] = {Pinned(3), Pinned(CORO_YIELD(4))};
  // CHECK: :[[@LINE+1]]:21: error: CORO_YIELD here would need 'Pinned(5)' kept across the suspension
  Pair p{Pinned(5), CORO_YIELD(6)};
  // CHECK: :[[@LINE+1]]:27: error: CORO_YIELD here would need 'Grabby(7)' kept across the suspension
  int g = grab(Grabby(7), CORO_YIELD(8));
  CORO_YIELD(r + ps[1].v + p.b + g);
}
#endif

template <class T> int value(T t, int k) { return t.v + k; }
template <class T> corogen::generator<int, int> of() {
  int r = value(T(1), CORO_YIELD(2));
  CORO_YIELD(r);
}

#ifdef TEMPLATE
corogen::generator<int, int> pinned() { return of<Pinned>(); }
#endif

corogen::generator<int, int> passed() {
  int h = hold(Holder(1), CORO_YIELD(2));
  int o = old(Old(3), CORO_YIELD(4));
  CORO_YIELD(h + o);
}

// OUT: copy
// OUT-NEXT: old copy
// OUT-NEXT: got 12
// OUT-NEXT: old copy
// OUT-NEXT: got 4
int main() {
  auto g = passed();
  int v = g.next();
  v = g.send(v + 1);
  v = g.send(v + 1);
  std::printf("got %d\n", v);
  auto t = of<Old>();
  v = t.next();
  std::printf("got %d\n", t.send(v + 1));
}
