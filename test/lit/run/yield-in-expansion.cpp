// A marker in the pattern of a pack expansion that is an argument of a
// call, `f(x, int(CORO_YIELD(ts))...)` (Python: `f(x, *[(yield t) for t in
// ts])`), where the call is the whole initialiser of a variable, the right
// of an assignment, or a statement of its own: each element's turn yields
// and keeps the pattern's value, first to last, then the call is made once
// with the kept values, each a prvalue of the pattern's type, in the
// expansion's place (C++ leaves the order of arguments open, and its
// function, a name here, is the same after the turns). Its result is the
// call's own (a reference too); a void call; a member call; an empty pack
// calls with none; a pattern that reads a variable before the marker;
// close() during the turns calls nothing; a construction with parentheses,
// `Point(1, p...)`, is made once alike; an `auto` variable so initialised
// has the call's type, decayed. Calls whose function or other arguments are
// more than names, members of variables and literals, and expansions in
// larger expressions that evaluate more before them, stay refused
// (diagnostics/marker-in-pack-expansion.cpp).
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <type_traits>

using trace::drive;
using trace::say;

int digits(int a, int b, int c) { return a * 100 + b * 10 + c; }

template <class... A> std::string show(const char *tag, A... a) {
  std::string s = tag;
  ((s += " " + std::to_string(a)), ...);
  return s;
}

template <class... A> void report(A... a) { say(show("report", a...)); }

struct Counter {
  int calls = 0;
  int &take(long a, long b) {
    say("take ", a, " ", b);
    ++calls;
    return calls;
  }
};

template <class... Ts> corogen::generator<int, int> calls(Ts... ts) {
  int r = digits(1, int(CORO_YIELD(int(ts)))...);
  say("r ", r);
  int base = 7;
  std::string s;
  s = show("values", base, (base + int(CORO_YIELD(int(ts) * 2)))...);
  say(s);
  Counter counter;
  counter.take(long(CORO_YIELD(-int(ts)))...);
  say("calls ", counter.calls);
  report(double(CORO_YIELD(int(ts) + 100)) / 4 ...);
}

// (`auto` variables: their type is the call's, decayed, kept across the
// yield after them.)
template <class... Ts> corogen::generator<int, int> deduced(Ts... ts) {
  int base = 3;
  auto r = digits(base, int(CORO_YIELD(int(ts)))...);
  static_assert(std::is_same<decltype(r), int>::value, "auto from the call's type");
  Counter counter;
  const auto n = counter.take(long(CORO_YIELD(int(ts) * 3))...);
  static_assert(std::is_same<decltype(n), const int>::value, "a copy of what take refers to");
  // (In a larger expression that evaluates before it only names and
  // literals.)
  say("plus ", 1 + digits(base, int(CORO_YIELD(int(ts) + 5))...));
  CORO_YIELD(r);
  say("r ", r, " n ", n, " calls ", counter.calls);
}

// (A class's construction with parentheses, made once as a call is; a
// variable's parenthesised initialiser alike.)
struct Point {
  int x, y, z;
  Point(int a, int b, int c) : x(a), y(b), z(c) { say("point ", a, " ", b, " ", c); }
};

template <class... Ts> corogen::generator<int, int> made(Ts... ts) {
  Point p = Point(1, int(CORO_YIELD(int(ts)))...);
  const Point q(int(CORO_YIELD(int(ts) + 10))..., 2);
  CORO_YIELD(p.x);
  say("p ", p.x, " ", p.y, " ", p.z, " q ", q.x, " ", q.y, " ", q.z);
  say("y ", Point(int(CORO_YIELD(int(ts) + 5))..., 0).y);
}

template <class... Ts> corogen::generator<int, int> none(Ts... ts) {
  report(int(CORO_YIELD(int(ts)))...);
  std::string s = show("none", int(CORO_YIELD(int(ts)))...);
  say(s);
}

int main() {
  drive(calls(1, 2));
  // CHECK:      got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: r 123
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 4
  // CHECK-NEXT: values 7 10 12
  // CHECK-NEXT: got -1
  // CHECK-NEXT: got -2
  // CHECK-NEXT: take 0 -1
  // CHECK-NEXT: calls 1
  // CHECK-NEXT: got 101
  // CHECK-NEXT: got 102
  // CHECK-NEXT: report 25.500000 25.750000
  // CHECK-NEXT: stop
  drive(deduced(4, 5));
  // CHECK-NEXT: got 4
  // CHECK-NEXT: got 5
  // CHECK-NEXT: got 12
  // CHECK-NEXT: got 15
  // CHECK-NEXT: take 13 16
  // CHECK-NEXT: got 9
  // CHECK-NEXT: got 10
  // CHECK-NEXT: plus 412
  // CHECK-NEXT: got 356
  // CHECK-NEXT: r 356 n 1 calls 1
  // CHECK-NEXT: stop
  drive(made(2, 3));
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 3
  // CHECK-NEXT: point 1 3 4
  // CHECK-NEXT: got 12
  // CHECK-NEXT: got 13
  // CHECK-NEXT: point 13 14 2
  // CHECK-NEXT: got 1
  // CHECK-NEXT: p 1 3 4 q 13 14 2
  // CHECK-NEXT: got 7
  // CHECK-NEXT: got 8
  // CHECK-NEXT: point 8 9 0
  // CHECK-NEXT: y 9
  // CHECK-NEXT: stop
  drive(none());
  // CHECK-NEXT: report
  // CHECK-NEXT: none
  // CHECK-NEXT: stop
  {
    auto g = calls(5, 6);
    say("got ", g.next());
    g.close();
    say("closed");
  }
  // CHECK-NEXT: got 5
  // CHECK-NEXT: closed
}
