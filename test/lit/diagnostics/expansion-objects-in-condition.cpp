// The objects that a call's expansion makes, one per element, which the
// frame keeps to the end of the statement (run/yield-in-expansion-objects.cpp),
// cannot be kept so in a condition, whose statement goes on past where
// they die: refused there where their class has a destructor; one without
// is kept (its objects need no destruction). So are those of a type that
// depends on a template parameter, whose destruction only the instantiation
// shows, and an operand of a fold's pattern kept before its marker, which
// lives to the statement's end too.
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
bool any(const Held &a, const Held &b) { return a.v || b.v; }
bool some(Plain a, Plain b) { return a.v || b.v; }
int twice(int v) { return 2 * v; }
template <class T> T echo(const T &, int v) { return T(v); }
template <class... A> bool every(const A &...a) { return (true && ... && bool(a)); }

template <class... Ts> corogen::generator<int, int> conditioned(Ts... ts) {
  // CHECK: :[[@LINE+1]]:20: error: CORO_YIELD in a pack expansion
  if (any(Held(int(CORO_YIELD(ts)))...))
    CORO_YIELD(1);
  while (some(Plain(int(CORO_YIELD(ts)))...))
    CORO_YIELD(2);
  // (Of a type that depends on a template parameter: its destruction
  // shows only at instantiation.)
  // CHECK: :[[@LINE+1]]:26: error: CORO_YIELD in a pack expansion
  if (every(echo(ts, int(CORO_YIELD(ts)))...))
    CORO_YIELD(3);
  // (Nor an operand of a fold's pattern kept before its marker,
  // run/yield-in-fold-kept-operand.cpp.)
  // CHECK: :[[@LINE+1]]:43: error: CORO_YIELD in a pack expansion
  while ((0 + ... + (twice(int(ts)) * int(CORO_YIELD(ts)))) > 100)
    CORO_YIELD(4);
  // (Nor one before the fold, run/yield-in-fold-outer-kept.cpp.)
  // CHECK: :[[@LINE+1]]:35: error: CORO_YIELD in a pack expansion
  if ((twice(1) << (0 + ... + int(CORO_YIELD(ts)))) > 100)
    CORO_YIELD(5);
}

int main() { conditioned(1, 2); }
