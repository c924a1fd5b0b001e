// CORO_YIELD on the assigned (left) side of an assignment. C++17 sequences
// the right operand of `=` and of `op=` before the left (built-in or
// overloaded), as Python does for `=`; corogen keeps that order (under
// C++14, where the order is unspecified, it is one of the allowed ones), so
// the right side is evaluated, and kept, before the left side suspends.
// For `op=` Python evaluates the target first; the twin spells out C++'s
// order there. Python twin:
//   def assigned():
//       arr[int((yield 0))] = 5; show()
//       p(int((yield 1)))[0] = 2; say("cell ", cell[0])      # *p(...) = 2
//       arr[int((yield 2))] = int((yield 3)); show()
//       arr[tick("idx", 0) + int((yield 4))] = tick("rhs", 7); show()
//       names[int((yield 5))] = "n" + "x"; say("names ", names[0], ",", names[1])
//       r = int((yield 7)); arr[int((yield 6))] += r; show()   # C++17: the right of += first
//       t = Tracer("l"); arr[pick(t, int((yield 8)))] = 9; t.dtor(); show()
//   sends: [1, 5, 40, 2, 1, 1, 100, 0, 2]
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <vector>

using trace::say;
using trace::Tracer;

int arr[3] = {0, 0, 0};
int cell = 0;
std::vector<std::string> names(2);

void show() { say("arr ", arr[0], " ", arr[1], " ", arr[2]); }
int *p(int i) {
  say("p ", i);
  return &cell;
}
int &pick(const Tracer &t, int i) {
  say("pick ", t.name(), " ", i);
  return arr[i];
}
int tick(const char *what, int v) {
  say("tick ", what);
  return v;
}

corogen::generator<int, int> assigned() {
  arr[int(CORO_YIELD(0))] = 5;
  show();
  *p(int(CORO_YIELD(1))) = 2;
  say("cell ", cell);
  arr[int(CORO_YIELD(2))] = int(CORO_YIELD(3));
  show();
  arr[tick("idx", 0) + int(CORO_YIELD(4))] = tick("rhs", 7);
  show();
  names[int(CORO_YIELD(5))] = std::string("n") + "x";
  say("names ", names[0], ",", names[1]);
  arr[int(CORO_YIELD(6))] += int(CORO_YIELD(7));
  show();
  pick(Tracer("l"), int(CORO_YIELD(8))) = 9;
  show();
}

int main() {
  auto g = assigned();
  int sends[] = {1, 5, 40, 2, 1, 1, 100, 0, 2};
  try {
    say("got ", g.next());
    for (int s : sends)
      say("got ", g.send(s));
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
  // CHECK:      got 0
  // CHECK-NEXT: arr 0 5 0
  // CHECK-NEXT: got 1
  // CHECK-NEXT: p 5
  // CHECK-NEXT: cell 2
  // CHECK-NEXT: got 3
  // CHECK-NEXT: got 2
  // CHECK-NEXT: arr 0 5 40
  // CHECK-NEXT: tick rhs
  // CHECK-NEXT: tick idx
  // CHECK-NEXT: got 4
  // CHECK-NEXT: arr 0 7 40
  // CHECK-NEXT: got 5
  // CHECK-NEXT: names ,nx
  // CHECK-NEXT: got 7
  // CHECK-NEXT: got 6
  // CHECK-NEXT: arr 100 7 40
  // CHECK-NEXT: ctor l
  // CHECK-NEXT: got 8
  // CHECK-NEXT: pick l 2
  // CHECK-NEXT: dtor l
  // CHECK-NEXT: arr 100 7 9
  // CHECK-NEXT: StopIteration
}
