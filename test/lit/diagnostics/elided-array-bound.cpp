// In a template, an array whose bound its braced list gives, where brace
// elision may make fewer elements than the list has, which only the
// instantiation shows: the frame counts them at the top of the function by
// declaring such an array from the list's text in a lambda
// (run/array-bound-brace-elision-in-template.cpp), or, where the text
// names a local whose type the frame cannot name there (a closure), keeps
// the array in a box whose making function, in the body, counts them
// (run/declared-type-boxed-in-template.cpp). Refused where no box takes
// it either: an array type an alias gives, whose bound the box cannot
// write. Writing the bound, or bracing each element, works.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

template <class T> corogen::generator<int> counted(T t) {
  auto f = [](int v) { return v + 1; };
  T boxed[] = {f(1), t};
  using Open = T[];
  // CHECK: :[[@LINE+1]]:8: error: 'a' lives across a suspension, an array whose bound its braced list gives, and brace elision may make it fewer elements than the list has (its element type depends on a template parameter, or is an aggregate), which only the instantiation shows; corogen counts them at the top of the function from the list's text, which names a local whose type the frame cannot name there: write the bound, or brace each element
  Open a = {f(1), t};
  T b[2] = {f(1), t};
  T c[] = {{f(1)}, {t}};
  CORO_YIELD(0);
  CORO_YIELD(int(sizeof(boxed) + sizeof(a) + sizeof(b) + sizeof(c)));
}
