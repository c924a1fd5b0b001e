// CORO_YIELD_FROM(container) yields each element in turn; an lvalue container
// is iterated in place, not copied, and values sent meanwhile are discarded.
// Python twin:
//   def items(v): yield from v; yield -1
//   v = [1, 2, 3]; g = items(v)
//   next(g); v[2] = 30; g.send(100); next(g); next(g)  # 1, 2, 30, -1
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <vector>

using trace::say;

corogen::generator<int, int> items(const std::vector<int> &v) {
  CORO_YIELD_FROM(v);
  int sent = CORO_YIELD(-1);
  say("sent after the range ", sent);
}

int main() {
  std::vector<int> v{1, 2, 3};
  corogen::generator<int, int> g = items(v);
  say("got ", g.next());
  // CHECK:      got 1
  v[2] = 30;
  say("got ", g.send(100));
  // CHECK-NEXT: got 2
  say("got ", g.next());
  // CHECK-NEXT: got 30
  say("got ", g.next());
  // CHECK-NEXT: got -1
  try {
    g.send(5);
  } catch (const corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT: sent after the range 5
  // CHECK-NEXT: stop
}
