// A fold over `,` standing as a statement whose pattern holds one marker
// inside a larger expression, `(log.add(CORO_YIELD(ts)), ...);` (Python:
// `for t in ts: log.add((yield t))`): in each element's turn the marker
// runs first, then the rest of the pattern with its value. What the
// pattern evaluates before the marker is a variable (the object of a
// member call, the left of `<<`) or a value that C++ lets it read after
// the marker, so running the pattern after the resume is one of C++'s
// orders; it makes no temporary that C++ would keep past the later
// elements' suspensions. Left and right folds alike; a delegation's result
// too (transform/fold-pattern-value-check.cpp: one with a destructor is
// refused at instantiation); an empty pack runs
// nothing; throw_exception at one yield ends the fold there, without the
// rest of its pattern. Patterns that evaluate a call before the marker,
// run it under a condition, or make such temporaries stay refused
// (diagnostics/marker-in-pack-expansion.cpp).
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <iostream>
#include <stdexcept>
#include <vector>

using trace::drive;
using trace::say;

struct Log {
  std::vector<int> values;
  void add(int v) {
    say("add ", v);
    values.push_back(v);
  }
};

template <class... Ts> corogen::generator<int, int> gather(Ts... ts) {
  Log log;
  int sum = 0;
  (log.add(CORO_YIELD(int(ts))), ...);
  ((sum += int(CORO_YIELD(int(sizeof(ts))))), ...);
  (..., (std::cout << int(CORO_YIELD(-1)) << " for " << sizeof(ts) << std::endl));
  say("sum ", sum, " values ", log.values.size());
}

corogen::generator<int, void, int> count(int from, int n) {
  for (int i = 0; i < n; ++i)
    CORO_YIELD(from + i);
  CORO_RETURN(n);
}

// A delegation's result, whose type only the instantiation shows (here an
// int, which has no destructor: the runtime checks it there).
template <class... Gs> corogen::generator<int, void, int> chained(Gs... gs) {
  int total = 0;
  ((total += CORO_YIELD_FROM(gs)), ...);
  CORO_RETURN(total);
}

int main() {
  drive(gather(1, 'a', 2.5));
  // CHECK:      got 1
  // CHECK-NEXT: add 2
  // CHECK-NEXT: got 97
  // CHECK-NEXT: add 98
  // CHECK-NEXT: got 2
  // CHECK-NEXT: add 3
  // CHECK-NEXT: got 4
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 8
  // CHECK-NEXT: got -1
  // CHECK-NEXT: 0 for 4
  // CHECK-NEXT: got -1
  // CHECK-NEXT: 0 for 1
  // CHECK-NEXT: got -1
  // CHECK-NEXT: 0 for 8
  // CHECK-NEXT: sum 16 values 3
  // CHECK-NEXT: stop
  drive(gather());
  // CHECK-NEXT: sum 0 values 0
  // CHECK-NEXT: stop
  {
    auto g = chained(count(10, 2), count(20, 0), count(30, 1));
    for (int v : g)
      say("chained ", v);
    say("total ", g.result());
  }
  // CHECK-NEXT: chained 10
  // CHECK-NEXT: chained 11
  // CHECK-NEXT: chained 30
  // CHECK-NEXT: total 3
  auto g = gather(5, 6);
  say("got ", g.next());
  say("got ", g.send(50));
  try {
    g.throw_exception(std::runtime_error("stop"));
  } catch (std::runtime_error &e) {
    say("thrown ", e.what(), " ", corogen::getgeneratorstate(g));
  }
  // CHECK-NEXT: got 5
  // CHECK-NEXT: add 50
  // CHECK-NEXT: got 6
  // CHECK-NEXT: thrown stop GEN_CLOSED
}
