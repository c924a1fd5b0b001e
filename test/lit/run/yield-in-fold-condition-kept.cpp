// A fold or an expansion whose pattern yields, in the condition of an `if`
// or a loop, with what the frame keeps for it to the statement's end in C++
// terms, the end of the condition: objects of a class with a destructor
// that a call's expansion makes, of a type that depends on a template
// parameter, an operand of the pattern kept before its marker, one kept
// before the fold. The turns run before each test; what they kept dies,
// last made first, once the condition is tested, before the branch or the
// body runs, as C++ ends a condition's temporaries; close() during the
// turns destroys what they made. (A switch's condition, which converts to
// another type, still refuses them: diagnostics/expansion-objects-in-condition.cpp.)
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::close_at_first;
using trace::drive;
using trace::say;

struct Held {
  explicit Held(int v) : v(v) { say("Held ", v); }
  Held(const Held &o) : v(o.v) { say("copy Held ", v); }
  ~Held() { say("~Held ", v); }
  int v;
};
bool any(const Held &a, const Held &b) {
  say("any");
  return a.v > 2 || b.v > 2;
}
int weigh(const Held &h, int v) { return h.v + v; }
int twice(int v) {
  say("twice ", v);
  return 2 * v;
}
template <class T> Held echo(const T &, int v) { return Held(v); }
template <class... A> bool every(const A &...a) {
  say("every");
  return (true && ... && (a.v > 0));
}

template <class... Ts> corogen::generator<int, int> conditioned(Ts... ts) {
  if (any(Held(int(CORO_YIELD(int(ts))))...))
    say("then");
  else
    say("else");
  if (every(echo(ts, int(CORO_YIELD(int(ts) + 10)) + 100)...))
    say("every then");
  if ((twice(20) << (0 + ... + (int(CORO_YIELD(int(ts) + 20)) - 20))) > 100)
    say("big");
}

template <class... Ts> corogen::generator<int, int> looped(Ts... ts) {
  int round = 0;
  while ((0 + ... + weigh(Held(int(ts) * 10), int(CORO_YIELD(int(ts))))) > 0 && round < 2) {
    say("round ", round);
    ++round;
  }
  for (int k = 0; (0 + ... + weigh(Held(int(ts) * 30), int(CORO_YIELD(int(ts) + 5)))) > 0 && k < 1;
       ++k)
    say("for ", k);
  do
    say("do");
  while (!any(Held(int(CORO_YIELD(int(ts) + 7)))...));
  say("done");
}

template <class... Ts> corogen::generator<int, int> closed(Ts... ts) {
  if ((0 + ... + weigh(Held(int(ts) * 10), int(CORO_YIELD(int(ts))))) > 0)
    say("unreached");
}

int main() {
  drive(conditioned(1, 2));
  // CHECK:      got 1
  // CHECK-NEXT: Held 2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: Held 3
  // CHECK-NEXT: any
  // CHECK-NEXT: ~Held 3
  // CHECK-NEXT: ~Held 2
  // CHECK-NEXT: then
  // CHECK-NEXT: got 11
  // CHECK-NEXT: Held 112
  // CHECK-NEXT: got 12
  // CHECK-NEXT: Held 113
  // CHECK-NEXT: every
  // CHECK-NEXT: ~Held 113
  // CHECK-NEXT: ~Held 112
  // CHECK-NEXT: every then
  // CHECK-NEXT: twice 20
  // CHECK-NEXT: got 21
  // CHECK-NEXT: got 22
  // CHECK-NEXT: big
  // CHECK-NEXT: stop
  drive(looped(1, 2));
  // CHECK-NEXT: Held 10
  // CHECK-NEXT: got 1
  // CHECK-NEXT: Held 20
  // CHECK-NEXT: got 2
  // CHECK-NEXT: ~Held 20
  // CHECK-NEXT: ~Held 10
  // CHECK-NEXT: round 0
  // CHECK-NEXT: Held 10
  // CHECK-NEXT: got 1
  // CHECK-NEXT: Held 20
  // CHECK-NEXT: got 2
  // CHECK-NEXT: ~Held 20
  // CHECK-NEXT: ~Held 10
  // CHECK-NEXT: round 1
  // CHECK-NEXT: Held 10
  // CHECK-NEXT: got 1
  // CHECK-NEXT: Held 20
  // CHECK-NEXT: got 2
  // CHECK-NEXT: ~Held 20
  // CHECK-NEXT: ~Held 10
  // CHECK-NEXT: Held 30
  // CHECK-NEXT: got 6
  // CHECK-NEXT: Held 60
  // CHECK-NEXT: got 7
  // CHECK-NEXT: ~Held 60
  // CHECK-NEXT: ~Held 30
  // CHECK-NEXT: for 0
  // CHECK-NEXT: Held 30
  // CHECK-NEXT: got 6
  // CHECK-NEXT: Held 60
  // CHECK-NEXT: got 7
  // CHECK-NEXT: ~Held 60
  // CHECK-NEXT: ~Held 30
  // CHECK-NEXT: do
  // CHECK-NEXT: got 8
  // CHECK-NEXT: Held 9
  // CHECK-NEXT: got 9
  // CHECK-NEXT: Held 10
  // CHECK-NEXT: any
  // CHECK-NEXT: ~Held 10
  // CHECK-NEXT: ~Held 9
  // CHECK-NEXT: done
  // CHECK-NEXT: stop
  close_at_first(closed(1, 2));
  // CHECK-NEXT: Held 10
  // CHECK-NEXT: got 1
  // CHECK-NEXT: ~Held 10
  // CHECK-NEXT: closed
}
