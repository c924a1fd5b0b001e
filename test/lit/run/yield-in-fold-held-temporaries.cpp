// A temporary of a scalar type that a fold's pattern makes lives, in C++,
// to the end of the whole fold, past the later elements' suspensions. Where
// a value that outlives its element's turn may refer to it (a kept
// operand, the value of a call's or a list's expansion), each turn keeps
// its own in the frame, at its element's place, and the pattern names it
// there as an xvalue: a reference member of an aggregate, a constructor's
// or a function's `const int &` parameter that a kept object refers to,
// and a reference that the pattern gives, still read the value after the
// later turns (they read freed stack before). An operand whose type depends
// on a template parameter, which cannot be so kept, is accepted where the
// value is of an arithmetic type at instantiation (here `twice`'s), and
// refused there otherwise (transform/fold-held-check.cpp).
// RUN: %run-both %s %t | FileCheck %s
// RUN: %corogen --dump-ir %s -- %cxxflags -I%S/../Inputs | FileCheck %s --check-prefix=IR
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::drive;
using trace::say;

struct Ref {
  const int &r;
};
void use(Ref a, int b) { say("use ", a.r, " ", b); }

struct Holder {
  const int &r;
  explicit Holder(const int &r) : r(r) {}
};
template <class... H> void show(const H &...h) { say("show", (" " + std::to_string(h.r))...); }

template <class T> Holder wrap(const T &, const int &v) { return Holder(v); }
template <class T> const int &pick(const T &, const int &v) { return v; }
template <class... V> void values(const V &...v) { say("values", (" " + std::to_string(v))...); }

template <class T> T twice(const T &t) { return t + t; }
int sum(int a, int b) { return a + b; }

// Scribbles over the stack that a temporary freed too early would have
// held.
int scribble() {
  volatile int junk[64];
  for (int i = 0; i != 64; ++i)
    junk[i] = -1;
  return junk[0];
}

template <class... Ts> corogen::generator<int, int> held(Ts... ts) {
  // IR: generator held
  // IR: slot local corogen_fold_held : ::corogen::detail::fold_array<int, sizeof...(ts)>
  // IR: edit hold
  // (A kept operand, an aggregate whose reference member binds `ts + 1`.)
  (use(Ref{int(ts) + 1}, int(CORO_YIELD(int(ts))) + scribble() + 1), ...);
  // (A constructor that keeps its `const int &`: the expansion's objects.)
  show(Holder(int(CORO_YIELD(int(ts) + 10)) + 1000 + 0 * scribble())...);
  // (Of a type that depends on a template parameter, through a function.)
  show(wrap(ts, int(CORO_YIELD(int(ts) + 20)) + 2000 + 0 * scribble())...);
  // (A reference that the pattern gives, kept by its address.)
  values(pick(ts, int(CORO_YIELD(int(ts) + 30)) + 3000 + 0 * scribble())...);
  // (An operand of a type that depends on a template parameter, `Ts(ts)`,
  // in a kept operand whose value is an int.)
  (say("sum ", sum(twice(Ts(ts)), int(CORO_YIELD(int(ts) + 40)))), ...);
}

int main() {
  drive(held(1, 2));
  // CHECK:      got 1
  // CHECK-NEXT: use 2 2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: use 3 3
  // CHECK-NEXT: got 11
  // CHECK-NEXT: got 12
  // CHECK-NEXT: show 1012 1013
  // CHECK-NEXT: got 21
  // CHECK-NEXT: got 22
  // CHECK-NEXT: show 2022 2023
  // CHECK-NEXT: got 31
  // CHECK-NEXT: got 32
  // CHECK-NEXT: values 3032 3033
  // CHECK-NEXT: got 41
  // CHECK-NEXT: sum 44
  // CHECK-NEXT: got 42
  // CHECK-NEXT: sum 47
  // CHECK-NEXT: stop
}
