// A yield that is the whole pattern of a fold over `,` standing as a
// statement, `(CORO_YIELD(f(ts)), ...);` (Python has no packs: a loop
// `for t in ts: yield f(t)`): the generator yields once for each element
// of the pack, first to last (a right fold and a left fold alike, as C++
// sequences the built-in comma), each value made from that element when
// its turn comes; nothing for an empty pack; throw_exception() at one
// yield ends the fold there. Other markers in pack expansions stay
// refused (diagnostics/marker-in-pack-expansion.cpp).
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>

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
