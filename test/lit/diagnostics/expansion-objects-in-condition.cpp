// The objects that a call's expansion makes, one per element, which the
// frame keeps to the end of the statement (run/yield-in-expansion-objects.cpp),
// and, in the condition of an `if` or a loop, to the end of the condition
// (run/yield-in-fold-condition-kept.cpp), are refused in a switch's
// condition where their class has a destructor: the switch converts the
// condition to an integral or enumeration type before it goes on, whose
// value corogen does not keep. One without is kept (its objects need no
// destruction). So are those of a type that depends on a template
// parameter, whose destruction only the instantiation shows, an operand
// of a fold's pattern kept before its marker, and one kept before the fold.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

struct Held {
  explicit Held(int v) : v(v) {}
  ~Held() {}
  int v;
};
struct Plain {
  explicit Plain(int v) : v(v) {}
  int v;
};
int any(const Held &a, const Held &b) { return a.v + b.v; }
int some(Plain a, Plain b) { return a.v + b.v; }
int twice(int v) { return 2 * v; }
template <class T> T echo(const T &, int v) { return T(v); }
template <class... A> int every(const A &...a) { return (0 + ... + int(a)); }

template <class... Ts> corogen::generator<int, int> conditioned(Ts... ts) {
  // CHECK: :[[@LINE+1]]:24: error: CORO_YIELD in a pack expansion
  switch (any(Held(int(CORO_YIELD(ts)))...)) {
  case 1:
    CORO_YIELD(1);
  }
  switch (some(Plain(int(CORO_YIELD(ts)))...)) {
  case 2:
    CORO_YIELD(2);
  }
  // (Of a type that depends on a template parameter: its destruction
  // shows only at instantiation.)
  // CHECK: :[[@LINE+1]]:30: error: CORO_YIELD in a pack expansion
  switch (every(echo(ts, int(CORO_YIELD(ts)))...)) {
  case 3:
    CORO_YIELD(3);
  }
  // (Nor an operand of a fold's pattern kept before its marker,
  // run/yield-in-fold-kept-operand.cpp.)
  // CHECK: :[[@LINE+1]]:44: error: CORO_YIELD in a pack expansion
  switch ((0 + ... + (twice(int(ts)) * int(CORO_YIELD(ts))))) {
  case 4:
    CORO_YIELD(4);
  }
  // (Nor one before the fold, run/yield-in-fold-outer-kept.cpp.)
  // CHECK: :[[@LINE+1]]:38: error: CORO_YIELD in a pack expansion
  switch (twice(1) << (0 + ... + int(CORO_YIELD(ts)))) {
  case 5:
    CORO_YIELD(5);
  }
}

int main() { conditioned(1, 2); }
