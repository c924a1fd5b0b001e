// A fold's pattern that runs its marker under `&&` or `||` whose operands'
// types depend on a template parameter: corogen tests the condition in
// the element's turn, which only the built-in operator lets it do (a
// user's `&&` evaluates both operands, and no condition decides). The
// runtime checks at instantiation that both operands are of arithmetic
// or pointer types, whose `&&` is the built-in one, and refuses a class
// (run/yield-in-fold-guard.cpp runs those that pass).
// --dump-ir shows the turn's guard: where its condition stands, the value
// that lets the marker run, and the check.
// RUN: %corogen --dump-ir %s -- %cxxflags | FileCheck %s --check-prefix=IR
// IR: edit suspend @{{[0-9]+}} state 1 turn-guard @{{[0-9]+}} when-true checked
// RUN: %corogen %s -o %t.cpp -- %cxxflags
// RUN: not %cxx-gcc %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// CHECK: corogen: this && or || in a fold's pattern runs a marker under a condition, which corogen tests in the element's turn; its operands must be of arithmetic or pointer types, whose && and || are the built-in ones; convert each to bool yourself, `static_cast<bool>(...)`
#include <corogen/corogen.hpp>

struct Flag {
  bool on;
  explicit operator bool() const { return on; }
};
// (Evaluates both operands: no short-circuit. Without the check, the
// output would compile and test `static_cast<bool>(flag(t))` instead.)
bool operator&&(Flag f, int v) { return f.on && v != 0; }

template <class T> Flag flag(T t) { return Flag{t > 0}; }

template <class... Ts> corogen::generator<int, int> flagged(Ts... ts) {
  ((flag(ts) && CORO_YIELD(1)), ...);
}

int main() {
  for (int v : flagged(1, 2))
    (void)v;
}
