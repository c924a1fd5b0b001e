// In a template, a constant of the body in an array's bound or a template
// argument of a local's type that depends on a template parameter is read
// as its value at the top of the function, where the frame's types are
// (run/constants-in-types-in-template.cpp): where its value depends on a
// template parameter, as its initialiser's text, which must mean the same
// there. Refused where the body declares again a name that the text names,
// a function's here (the frame would not know which one C++ takes there;
// a variable or an enumerator of a namespace or a class is named by its
// qualified name, which none hides); renaming one works.
// (In a file of its own: corogen reports it while lowering, which an error
// of the analysis elsewhere in the file would stop.)
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

constexpr int twice(int v) { return 2 * v; }

template <class T> corogen::generator<int> bounds(T t) {
  const int n = twice(sizeof(T));
  // CHECK: :[[@LINE+1]]:5: error: 'a' lives across a suspension and its type, which depends on a template parameter, names 'n', a local of the generator's body
  T a[n] = {t};
  {
    int twice = 3;
    CORO_YIELD(twice);
  }
  CORO_YIELD(int(sizeof(a)));
}
