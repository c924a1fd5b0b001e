// In a template, a constant of the body in an array's bound or a template
// argument of a local's type that depends on a template parameter is read
// as its value at the top of the function, where the frame's types are
// (run/constants-in-types-in-template.cpp): where its value depends on a
// template parameter, as its initialiser's text, which must mean the same
// there. Refused where it would not: the text names an enumerator, a class,
// an alias or a function of the body, which is out of scope there (before,
// an enumerator's name found a namespace's variable of that name there, and
// the array had another bound), or a name that the top declares too (a
// parameter's, or a constant's or an alias's of the body that the top may
// declare).
// (In a file of its own: corogen reports it while lowering, which an error
// of the analysis elsewhere in the file would stop.)
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

constexpr int twice(int v) { return 2 * v; }
constexpr int red = 5;

template <class T> corogen::generator<int> enumerators(T t) {
  enum Colour { red = 1 };
  const int n = red + sizeof(T);
  // CHECK: :[[@LINE+1]]:5: error: 'a' lives across a suspension and its type, which depends on a template parameter, names 'n', a local of the generator's body
  T a[n] = {t};
  CORO_YIELD(int(sizeof(a)));
}

template <class T> corogen::generator<int> constants(T t) {
  const int n = twice(sizeof(T));
  // CHECK: :[[@LINE+1]]:5: error: 'a' lives across a suspension and its type, which depends on a template parameter, names 'n', a local of the generator's body
  T a[n] = {t};
  {
    constexpr int twice = 3;
    CORO_YIELD(twice);
  }
  CORO_YIELD(int(sizeof(a)));
}
