// A local that lives across a suspension, whose written type depends on a
// template parameter and names a local of the body (in decltype): the frame
// spells its type at the top of the function, where that local is not in
// scope, from its text, with `decltype(x)` replaced by x's declared type
// (run/declared-type-names-local-in-template.cpp), where the type is
// qualifiers, pointers, references and arrays around a type written in the
// file, a constant of the body in a bound or a template argument read as
// its value (run/constants-in-types-in-template.cpp); `decltype(r)` of a
// reference `T &r` or `T &&r` declares a reference of r's type
// (run/decltype-of-frame-references.cpp). Where the frame cannot spell it
// (a type a macro writes around `decltype(x)`, an alias of the body that
// names a local, an array whose bound brace elision may make smaller than
// its list), the local is kept in a box, made by its own declaration in the
// body (run/declared-type-boxed-in-template.cpp); refused where no box
// takes it either (a pointer to a function). A local alias it names is
// declared at the top too (run/local-names.cpp), under a name of its own
// where another declaration of the body has its name
// (run/local-aliases-declared-twice.cpp).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <vector>

#define TYPE_OF(x) decltype(x)

template <class T> corogen::generator<int> copies(T t) {
  T x = t;
  T &r = x;
  // (Kept in a box, made by its own declaration in the body, where the
  // frame cannot spell its type: run/declared-type-boxed-in-template.cpp.)
  decltype(x) y[] = {x, x};
  // (Written by a macro: run/declared-type-names-local-in-template.cpp.)
  TYPE_OF(x) z = x;
  // (A reference of r's type: run/decltype-of-frame-references.cpp.)
  decltype(r) w = r;
  // (Of an rvalue reference too: run/decltype-of-frame-references.cpp.)
  T &&rr = T(x);
  decltype(rr) rw = T(x);
  // (Brace elision may make one element of two ints, if T is a class: a
  // box counts them as the instantiation does.)
  decltype(x) open[] = {1, 2};
  // A pointer to a function, which no box takes either.
  // CHECK: :[[@LINE+1]]:17: error: 'f' lives across a suspension and its type, which depends on a template parameter, names 'x', a local of the generator's body
  decltype(x) (*f)(decltype(x)) = nullptr;
  CORO_YIELD(static_cast<int>(y[0] + z + w + rw + open[0] + (f != nullptr)));
}
// CHECK-NOT: error:
