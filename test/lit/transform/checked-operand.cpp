// Where the send type is not arithmetic, the value of CORO_YIELD in a
// comparison with an arithmetic value, or on the right of a compound
// assignment, goes to the send type's operator in the output; clang typed
// the source with the built-in operator's type (bool; the left operand), so
// the output checks that the send type's operator gives that type, and the
// build fails with corogen's message where it does not
// (run/yield-in-comparison.cpp: where it does).
// RUN: %corogen %s -o %t.cpp -- %cxxflags
// RUN: FileCheck %s --check-prefix=OUT < %t.cpp
// RUN: not %cxx-gcc %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// RUN: not %cxx-clang %cxxflags -fsyntax-only %t.cpp 2>&1 | FileCheck %s
// CHECK-DAG: corogen: clang typed this comparison with the value of CORO_YIELD as bool, but the send type's operator < gives another type
// CHECK-DAG: corogen: clang typed this compound assignment with the value of CORO_YIELD as the built-in one, whose value is its left operand, but with the send type += gives another
#include <corogen/corogen.hpp>

// A comparison that gives a count, not a bool.
struct Fuzzy {
  int v;
  friend int operator<(const Fuzzy &a, int b) { return b - a.v; }
};

// A += onto an int that gives nothing.
struct Token {
  friend void operator+=(int &, const Token &) {}
};

// OUT: ::corogen::detail::checked_operand(this->corogen_take_sent()) < 3
corogen::generator<int, Fuzzy> fuzzy() {
  if (CORO_YIELD(1) < 3)
    CORO_YIELD(2);
}

// OUT: total += ::corogen::detail::checked_operand(this->corogen_take_sent())
corogen::generator<int, Token> tokens() {
  int total = 0;
  total += CORO_YIELD(total);
}

int main() {
  fuzzy();
  tokens();
}
