// A yield that is the whole pattern of a fold over `,` standing as a
// statement, `(CORO_YIELD(f(ts)), ...);` (Python has no packs: a loop
// `for t in ts: yield f(t)`): the generator yields once for each element
// of the pack, first to last (a right fold and a left fold alike, as C++
// sequences the built-in comma), each value made from that element when
// its turn comes; nothing for an empty pack; throw_exception() at one
// yield ends the fold there. A delegation for each element works alike. Other markers in pack expansions stay
// refused (diagnostics/marker-in-pack-expansion.cpp).
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>
#include <vector>

using trace::say;

template <class T> std::string describe(const T &t) {
  say("describe ", t);
  return "<" + std::to_string(t) + ">";
}

template <class... Ts> corogen::generator<std::string> each(Ts... ts) {
  say("start ", sizeof...(Ts));
  (CORO_YIELD(describe(ts)), ...);
  say("middle");
  (..., (void)CORO_YIELD(std::to_string(ts * 2)));
  say("end");
}

// A delegation for each element, `(CORO_YIELD_FROM(gs), ...);`: to
// generators and ranges alike, each to its end (one that has finished at
// once yields nothing), first to last.
corogen::generator<int, void, int> count(int from, int n) {
  for (int i = 0; i < n; ++i)
    CORO_YIELD(from + i);
  say("count from ", from, " done");
  CORO_RETURN(n);
}

template <class... Gs> corogen::generator<int> chain(Gs... gs) {
  (CORO_YIELD_FROM(gs), ...);
  CORO_YIELD(-1);
}

template <class G> void run(G g) {
  for (const std::string &s : g)
    say("got ", s);
}

int main() {
  run(each(1, 2L, 3u));
  // CHECK:      start 3
  // CHECK-NEXT: describe 1
  // CHECK-NEXT: got <1>
  // CHECK-NEXT: describe 2
  // CHECK-NEXT: got <2>
  // CHECK-NEXT: describe 3
  // CHECK-NEXT: got <3>
  // CHECK-NEXT: middle
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 4
  // CHECK-NEXT: got 6
  // CHECK-NEXT: end
  run(each());
  // CHECK-NEXT: start 0
  // CHECK-NEXT: middle
  // CHECK-NEXT: end
  for (int v : chain(count(1, 2), std::vector<int>{7, 8}, count(10, 0), count(20, 1)))
    say("chained ", v);
  // CHECK-NEXT: chained 1
  // CHECK-NEXT: chained 2
  // CHECK-NEXT: count from 1 done
  // CHECK-NEXT: chained 7
  // CHECK-NEXT: chained 8
  // CHECK-NEXT: count from 10 done
  // CHECK-NEXT: chained 20
  // CHECK-NEXT: count from 20 done
  // CHECK-NEXT: chained -1
  auto g = each(5, 6, 7);
  say("got ", g.next());
  try {
    g.throw_exception(std::runtime_error("stop"));
  } catch (std::runtime_error &e) {
    say("thrown ", e.what(), " ", corogen::getgeneratorstate(g));
  }
  // CHECK-NEXT: start 3
  // CHECK-NEXT: describe 5
  // CHECK-NEXT: got <5>
  // CHECK-NEXT: thrown stop GEN_CLOSED
}
