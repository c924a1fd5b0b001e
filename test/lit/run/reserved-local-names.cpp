// Locals and parameters whose names, behind corogen's prefix, are names the
// output uses itself: the frame's member function `corogen_body`, its
// state `corogen_point`, a value fold's parameters `corogen_v`, a resume
// label `corogen_resume_1`, a type alias `corogen_type_0`, a lambda's
// init-capture `corogen_cap_x`. Each such slot is named
// `corogen_local_<name>` instead. Before, `int body;` living across a yield
// clashed with the frame's member function, and a local `i` read by a
// fold named the fold's own parameters, and neither compiled.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

corogen::generator<int> plain(int point, int live) {
  int body = 1, yield = 2, resumed = 3, type_0 = 4, resume_1 = 5, state = 6, value = 7;
  CORO_YIELD(body + yield + resumed + point + live);
  ++body;
  auto sum = [&] { return type_0 + resume_1; };
  CORO_YIELD(sum() + state + value + body);
  int x = 40, cap_x = 2;
  auto f = [x, &cap_x] { return x + cap_x; };
  CORO_YIELD(f());
  CORO_YIELD(x + cap_x + body);
}

template <class... Ts> corogen::generator<int, int> folded(Ts... v) {
  int i = 100, e = 10;
  int total = (i + ... + int(CORO_YIELD(int(v) + e)));
  CORO_YIELD(total);
  auto m = (e * ... * int(CORO_YIELD(int(v))));
  CORO_YIELD(m + i);
}

int main() {
  for (int x : plain(10, 20))
    say("plain ", x);
  // CHECK:      plain 36
  // CHECK-NEXT: plain 24
  // CHECK-NEXT: plain 42
  // CHECK-NEXT: plain 44
  auto g = folded(1, 2);
  int x = g.next();
  say("got ", x);
  x = g.send(5);
  say("got ", x);
  x = g.send(6);
  say("got ", x);
  x = g.send(0);
  say("got ", x);
  x = g.send(3);
  say("got ", x);
  x = g.send(4);
  say("got ", x);
  // CHECK-NEXT: got 11
  // CHECK-NEXT: got 12
  // CHECK-NEXT: got 111
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 220
}
