// A fold over another operator whose pattern holds one marker, with its
// value used: the whole initialiser of a variable, the right of an
// assignment, the value of CORO_RETURN, or a statement of its own (Python: `total = 0; for t in ts:
// total += (yield t)`). Each element's turn yields, and keeps the
// pattern's value; the statement then reads the fold of the kept values, in
// the fold's own shape (a right fold of `-` is `p0 - (p1 - p2)`). C++
// leaves the operands of `+`, `-`, `*`, `<` and the like unsequenced, so
// the turns going left to right is one of its orders; `&&` and `||` go left
// to right and stop at the first value that decides, so the later elements
// never yield. An init operand of `&&` on the right is read last, only
// where every element is true; the empty pack folds to the operator's
// value (`&&`: true) or to the init operand, yielding nothing. A
// delegation's result converted to a known type works too, as does a
// pattern that reads a variable before the marker, and throw_exception at
// one yield leaves the statement there, into the generator's handler.
// Folds of other operators, or in larger expressions, stay refused
// (diagnostics/marker-in-pack-expansion.cpp).
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <initializer_list>
#include <stdexcept>

using trace::say;

// Sends the values of `replies` in turn, printing each yield.
template <class G> void script(G g, std::initializer_list<int> replies) {
  try {
    int v = g.next();
    for (int r : replies) {
      say("got ", v, " send ", r);
      v = g.send(r);
    }
    say("got ", v, " (no more replies)");
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
}

template <class... Ts> corogen::generator<int, int> folds(Ts... ts) {
  int total = (0 + ... + int(CORO_YIELD(int(ts))));
  say("total ", total);
  long product = 2;
  product *= (int(CORO_YIELD(int(ts) * 10)) * ...);
  say("product ", product);
  int right = (int(CORO_YIELD(int(ts) + 100)) - ...);
  int left = (... - int(CORO_YIELD(int(ts) + 200)));
  say("right ", right, " left ", left);
  int base = 1000;
  double mixed = (0.5 + ... + (base + double(CORO_YIELD(int(sizeof(ts))))));
  say("mixed ", mixed);
}

template <class... Ts> corogen::generator<int, int> logic(bool last, Ts... ts) {
  bool all = (int(CORO_YIELD(int(ts))) && ...);
  say("all ", all);
  (... || int(CORO_YIELD(-int(ts))));
  say("after any");
  bool with_last = (int(CORO_YIELD(int(ts) + 50)) && ... && last);
  say("with last ", with_last);
}

corogen::generator<int, void, int> count(int from, int n) {
  for (int i = 0; i < n; ++i)
    CORO_YIELD(from + i);
  CORO_RETURN(n * 10);
}

template <class... Gs> corogen::generator<int, void, int> chained(Gs... gs) {
  int total = 0;
  total = (1 + ... + int(CORO_YIELD_FROM(gs)));
  CORO_RETURN(total);
}

// (As CORO_RETURN's value, in an unbraced `if` too.)
template <class... Gs> corogen::generator<int, void, int> summed(bool twice, Gs... gs) {
  if (twice)
    CORO_RETURN((int(CORO_YIELD_FROM(gs)) * ... * 2));
  CORO_RETURN((int(CORO_YIELD_FROM(gs)) + ...));
}

template <class... Ts> corogen::generator<int, int> guarded(Ts... ts) {
  try {
    int total = (0 + ... + int(CORO_YIELD(int(ts))));
    say("never ", total);
  } catch (const std::runtime_error &e) {
    say("caught ", e.what());
    CORO_YIELD(-1);
  }
}

int main() {
  script(folds(1, 'a', 2.5), {5, 6, 7, 2, 3, 4, 10, 20, 30, 40, 50, 60, 1, 2, 3});
  // CHECK:      got 1 send 5
  // CHECK-NEXT: got 97 send 6
  // CHECK-NEXT: got 2 send 7
  // CHECK-NEXT: total 18
  // CHECK-NEXT: got 10 send 2
  // CHECK-NEXT: got 970 send 3
  // CHECK-NEXT: got 20 send 4
  // CHECK-NEXT: product 48
  // CHECK-NEXT: got 101 send 10
  // CHECK-NEXT: got 197 send 20
  // CHECK-NEXT: got 102 send 30
  // CHECK-NEXT: got 201 send 40
  // CHECK-NEXT: got 297 send 50
  // CHECK-NEXT: got 202 send 60
  // CHECK-NEXT: right 20 left -70
  // CHECK-NEXT: got 4 send 1
  // CHECK-NEXT: got 1 send 2
  // CHECK-NEXT: got 8 send 3
  // CHECK-NEXT: mixed 3006.5
  // CHECK-NEXT: stop
  script(logic(true, 1, 2, 3), {1, 0, 0, 7, 1, 1, 1});
  // CHECK-NEXT: got 1 send 1
  // CHECK-NEXT: got 2 send 0
  // CHECK-NEXT: all 0
  // CHECK-NEXT: got -1 send 0
  // CHECK-NEXT: got -2 send 7
  // CHECK-NEXT: after any
  // CHECK-NEXT: got 51 send 1
  // CHECK-NEXT: got 52 send 1
  // CHECK-NEXT: got 53 send 1
  // CHECK-NEXT: with last 1
  // CHECK-NEXT: stop
  script(logic(false, 4), {1, 0, 1});
  // CHECK-NEXT: got 4 send 1
  // CHECK-NEXT: all 1
  // CHECK-NEXT: got -4 send 0
  // CHECK-NEXT: after any
  // CHECK-NEXT: got 54 send 1
  // CHECK-NEXT: with last 0
  // CHECK-NEXT: stop
  script(logic(true), {});
  // CHECK-NEXT: all 1
  // CHECK-NEXT: after any
  // CHECK-NEXT: with last 1
  // CHECK-NEXT: stop
  {
    auto g = chained(count(10, 2), count(20, 0), count(30, 1));
    for (int v : g)
      say("chained ", v);
    say("result ", g.result());
  }
  // CHECK-NEXT: chained 10
  // CHECK-NEXT: chained 11
  // CHECK-NEXT: chained 30
  // CHECK-NEXT: result 31
  {
    auto g = chained();
    for (int v : g)
      say("chained ", v);
    say("result ", g.result());
  }
  // CHECK-NEXT: result 1
  for (bool twice : {false, true}) {
    auto g = summed(twice, count(1, 1), count(5, 2));
    for (int v : g)
      say("summed ", v);
    say("result ", g.result());
  }
  // CHECK-NEXT: summed 1
  // CHECK-NEXT: summed 5
  // CHECK-NEXT: summed 6
  // CHECK-NEXT: result 30
  // CHECK-NEXT: summed 1
  // CHECK-NEXT: summed 5
  // CHECK-NEXT: summed 6
  // CHECK-NEXT: result 400
  {
    auto g = guarded(1, 2, 3);
    say("got ", g.next());
    say("got ", g.send(9));
    say("got ", g.throw_exception(std::runtime_error("stop")));
    say("state ", corogen::getgeneratorstate(g));
  }
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: caught stop
  // CHECK-NEXT: got -1
  // CHECK-NEXT: state GEN_SUSPENDED
}
