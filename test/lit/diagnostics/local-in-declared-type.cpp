// A local that lives across a suspension, whose written type depends on a
// template parameter and names a local of the body (in decltype): the frame
// spells its type at the top of the function, where that local is not in
// scope, from its text, with `decltype(x)` replaced by x's declared type
// (run/declared-type-names-local-in-template.cpp), where the type is
// qualifiers, pointers, references and arrays around a type written in the
// file (run/declared-type-names-local-in-template.cpp), a constant of the
// body in a bound or a template argument read as its value
// (run/constants-in-types-in-template.cpp). Not for an array whose bound
// names a local of the body that is no constant (which the source makes a
// variable-length array), or a constant whose initialiser names a name that
// the body declares again (diagnostics/constant-in-type-hidden.cpp), or is
// left to a list whose elements are not all
// braced lists (which may begin brace elisions, known at instantiation).
// (`decltype(r)` of a reference `T &r` or `T &&r` declares a reference of
// r's type: run/decltype-of-frame-references.cpp.) `auto` works (its type is
// spelled from the initialiser: run/auto-from-bindings-in-template.cpp),
// and so does such a type for an ordinary local
// (run/structured-bindings-template.cpp). A local alias it names is declared
// at the top too (run/local-names.cpp), under a name of its own where
// another declaration of the body has its name
// (run/local-aliases-declared-twice.cpp).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <vector>

#define TYPE_OF(x) decltype(x)

template <class T> corogen::generator<int> copies(T t) {
  T x = t;
  T &r = x;
  // CHECK: :[[@LINE+1]]:15: error: 'y' lives across a suspension and its type, which depends on a template parameter, names 'x', a local of the generator's body; the frame declares its members outside the body, where 'x' is not in scope, and spells such a type from its text only where it is qualifiers, pointers, references and arrays (whose bound names no local but constants it can read the values of, or is left to a list of braced lists) around a type written outside a macro, not a function or 'decltype' of a reference: declare 'y' 'auto', or write its type without 'x'
  decltype(x) y[] = {x, x};
  // (Written by a macro: run/declared-type-names-local-in-template.cpp.)
  TYPE_OF(x) z = x;
  // (A reference of r's type: run/decltype-of-frame-references.cpp.)
  decltype(r) w = r;
  // (Of an rvalue reference too: run/decltype-of-frame-references.cpp.)
  T &&rr = T(x);
  decltype(rr) rw = T(x);
  // (Brace elision may make one element of two ints, if T is a class.)
  // CHECK: :[[@LINE+1]]:15: error: 'open' lives across a suspension and its type, which depends on a template parameter, names 'x', a local of the generator's body
  decltype(x) open[] = {1, 2};
  CORO_YIELD(static_cast<int>(y[0] + z + w + rw + open[0]));
}

// CHECK-NOT: error:
