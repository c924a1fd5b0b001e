// A range-for that suspends over a range whose type depends on a template
// parameter: the frame names the iterators' types through decltype of the
// range, outside the body, reading the locals it names as lvalues of their
// types (run/range-for-in-template.cpp,
// run/range-for-over-local-in-template.cpp,
// run/auto-from-locals-in-template.cpp), or through a lambda that returns
// it where it holds a lambda (run/auto-from-lambda-in-template.cpp), with
// `decltype(x)` of a local spelled as its declared type
// (run/auto-helper-bindings-in-template.cpp); where it cannot, in boxes
// (run/unnameable-range-for.cpp, run/unnameable-in-template.cpp: a range
// that also holds a lambda, a structured binding for loop variable; a
// braced list as the runtime's braced_range its elements deduce, as the
// std::initializer_list would: run/range-for-braced-list-in-template.cpp,
// also before C++17, and, with an element that holds a lambda, by calls of
// functions that return the elements: run/braced-list-range-standards.cpp).
// Rejected: a loop variable that comes from a macro, or a range of which a macro writes a part
// (corogen rewrites the text of the file; a range that a macro's whole use
// writes works: run/range-for-range-from-macro.cpp).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not %corogen %s -- %cxxflags -std=c++14 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

template <class T> corogen::generator<int> lists(T t) {
  struct Local {
    T v;
  };
  for (const Local &l : {Local{t}, Local{t}})
    CORO_YIELD(int(l.v));
  for (auto x : {t, t})
    CORO_YIELD(int(x));
  // (An element that is a braced list: the others deduce the element type,
  // run/range-for-braced-list-in-template.cpp.)
  for (const Local &l : {Local{t}, {t}})
    CORO_YIELD(int(l.v));
  // (An element that holds a lambda, before C++17 or beside a braced list:
  // decltype of calls of functions that return the other elements,
  // run/braced-list-range-standards.cpp.)
  for (const Local &l : {Local{[&] { return t; }()}, {t}})
    CORO_YIELD(int(l.v));
  for (auto f : {[&] { return t; }})
    CORO_YIELD(int(f()));
}

#define LOOP_VARIABLE auto &x
template <class T> corogen::generator<int> macro(T t) {
  struct Local {
    T v[2];
    T *begin() { return v; }
    T *end() { return v + 2; }
  };
  // CHECK: :[[@LINE+1]]:3: error: this range-for suspends, and its range's type depends on a template parameter; the frame names its iterators through decltype of the range, or else keeps them in boxes, but not where the loop variable, or a part of the range, comes from a macro; iterate over a variable, or with iterators whose type you write
  for (LOOP_VARIABLE : Local{{t, t}})
    CORO_YIELD(int(x));
}
