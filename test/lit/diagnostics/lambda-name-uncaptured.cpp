// A lambda that names a frame variable where C++ may need no capture of
// it, other than in sizeof and in decltype(x): reading, in a lambda without
// a capture-default (or in a nested lambda that neither captures it nor has
// one), a constant whose value depends on a template parameter whose
// initialiser names a local of the body that is no constant (the source is
// ill-formed at instantiation; elsewhere the lambda reads the
// initialiser's value, with the constants of the body it names read as
// their values: run/lambda-reads-dependent-constant.cpp, or, where a
// declaration in scope hides what the initialiser names, a copy of the
// constant: run/lambda-reads-hidden-constant.cpp; one of a known value is
// read as that value: run/lambda-reads-constant.cpp);
// reading, under [=], a reference bound to a
// global (g++ copies the object in C++17, C++20 and clang do not capture
// the reference); and naming it in `decltype((x))` (where C++ gives it
// the type a capture would have) where g++ and clang disagree on that
// type: of a reference under [=], and in a nested lambda. Elsewhere
// `decltype((x))` and other unevaluated operands work
// (run/lambda-unevaluated-uncaptured.cpp).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

int f(const int &);
int global = 1;

corogen::generator<int> gen() {
  const int limit = 3;
  int n = 0;
  int &g = global;
  CORO_YIELD(limit);
  int a = [] { return limit; }();
  int b = [&] { return f(limit) + [] { return limit; }(); }();
  bool c = [=] { return noexcept(f(n)); }();
  // CHECK: :[[@LINE+1]]:24: error: this lambda names 'g', which lives across a suspension
  int d = [=] { return g; }();
  int e = [&] { return g; }();
  // CHECK: :[[@LINE+1]]:58: error: this lambda names 'g', which lives across a suspension
  int h = [=] { return static_cast<int>(sizeof(decltype((g)))); }();
  // CHECK: :[[@LINE+1]]:70: error: this lambda names 'n', which lives across a suspension
  int i = [=] { return [] { return static_cast<int>(sizeof(decltype((n)))); }(); }();
  CORO_YIELD(a + b + c + d + e + h + i + n);
}

constexpr int scale = 2;
constexpr int twice(int v) { return 2 * v; }
struct Box {
  int a, b;
};

template <class T> corogen::generator<int> dependent() {
  constexpr int base = 1;
  const int size = sizeof(T) * scale;
  const int more = sizeof(T) + base;
  int n = 2;
  // (No constant: a lambda without a capture-default that reads it is
  // ill-formed at instantiation; one with a capture-default captures it.)
  const int counted = sizeof(T) + n;
  const int doubled = twice(sizeof(T));
  CORO_YIELD(size);
  // (scale, a variable of a namespace, is read as ::scale.)
  int a = [] { constexpr int scale = 3; return scale + size; }();
  // (A function of a namespace is named by its qualified name, `::twice`,
  // which the lambda's `twice` does not hide.)
  int d = [] { int twice = 1; return twice + doubled; }();
  // (Nor does its `Box` hide the namespace's, named `::Box`.)
  const int boxed = sizeof(Box) * sizeof(T);
  int e = [] { struct Box { char c; }; return int(sizeof(Box)) + boxed; }();
  // (base, constexpr, stays in the body: the lambda names it.)
  int b = [] { return more; }();
  // CHECK: :[[@LINE+1]]:36: error: this lambda names 'counted', which lives across a suspension
  int c = [&] { return [] { return counted; }(); }();
  CORO_YIELD(a + b + c + d + e + n);
}
