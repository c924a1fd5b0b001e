// In a template, a local that lives across a suspension whose written type
// depends on a template parameter and names a local of the body, where the
// frame cannot spell that type at the top of the function from its text:
// a type that a macro writes around `decltype(x)`, an alias of the body
// that names a local (which the top cannot declare), an array whose bound
// its braced list gives where brace elision may make it smaller (and
// the list names a closure, say). Such a
// local is kept in a box, made by its own declaration in the body, as a
// local of a class of the body is: constructed where its declaration runs,
// destroyed where its scope ends (before, refused).
// (Brace elision is what clang's -Wmissing-braces warns of.)
// RUN: %run-both %s %t -Wno-missing-braces | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <utility>
#include <vector>

using trace::drive;
using trace::say;
using trace::Tracer;

#define PAIR_OF(x) std::pair<decltype(x), int>

struct Two {
  int a, b;
};

template <class T> corogen::generator<int, int> boxed(T t) {
  T x = t;
  const PAIR_OF(x) p{x, 3};
  using V = std::vector<decltype(x)>;
  V v;
  v.reserve(2);
  v.emplace_back("v0");
  // One element of two ints, or two of one, as the instantiation counts.
  Two pairs[] = {1, 2, 3, 4};
  decltype(pairs[0].a) n = 2;
  CORO_YIELD(int(sizeof(pairs) / sizeof(pairs[0])));
  CORO_YIELD(p.second + int(v.size()) + n);
  say("names ", p.first.name(), " ", v[0].name());
}
// CHECK-LABEL: boxed
// CHECK-NEXT: ctor t
// CHECK-NEXT: move t
// CHECK-NEXT: copy t
// CHECK-NEXT: copy t
// CHECK-NEXT: ctor v0
// CHECK-NEXT: got 2
// CHECK-NEXT: got 6
// CHECK-NEXT: names t v0
// CHECK-NEXT: dtor v0
// CHECK-NEXT: dtor t
// CHECK-NEXT: dtor t
// CHECK-NEXT: dtor t
// CHECK-NEXT: stop
// (The argument, at the end of drive's full-expression.)
// CHECK-NEXT: dtor (moved-from) t
// Closed at the first marker: the same, in reverse.
// CHECK-LABEL: boxed closed
// CHECK-NEXT: ctor t
// CHECK-NEXT: move t
// CHECK-NEXT: copy t
// CHECK-NEXT: copy t
// CHECK-NEXT: ctor v0
// CHECK-NEXT: got 2
// CHECK-NEXT: dtor v0
// CHECK-NEXT: dtor t
// CHECK-NEXT: dtor t
// CHECK-NEXT: dtor t
// CHECK-NEXT: closed
// CHECK-NEXT: dtor (moved-from) t

template <class T> corogen::generator<int, int> counted(T t) {
  T x = t;
  // Brace elision: one T of two members from two ints where T is Two.
  decltype(x) open[] = {T{5, 6}, {7, 8}};
  decltype(x) elided[] = {1, 2};
  CORO_YIELD(int(sizeof(open) / sizeof(open[0])));
  CORO_YIELD(int(sizeof(elided) / sizeof(elided[0])) * 10 + elided[0].b);
}
// CHECK-LABEL: counted
// CHECK-NEXT: got 2
// CHECK-NEXT: got 12
// CHECK-NEXT: stop

// An array whose list names a closure, which the frame cannot name at the
// top of the function to count the elements there: the box's making
// function counts them (before, refused).
template <class T> corogen::generator<int, int> closures(T t) {
  auto f = [](int v) { return v + 1; };
  T a[] = {f(1), t.b, f(3), 4};
  CORO_YIELD(int(sizeof(a) / sizeof(a[0])));
  CORO_YIELD(a[1].a * 10 + a[1].b);
}
// CHECK-LABEL: closures
// CHECK-NEXT: got 2
// CHECK-NEXT: got 44
// CHECK-NEXT: stop

int main() {
  say("boxed");
  drive(boxed(Tracer("t")));
  say("boxed closed");
  trace::close_at_first(boxed(Tracer("t")));
  say("counted");
  drive(counted(Two{1, 2}));
  say("closures");
  drive(closures(Two{5, 6}));
}
