// A marker in the pattern of a pack expansion that is an argument of a
// call, `f(x, int(CORO_YIELD(ts))...)` (Python: `f(x, *[(yield t) for t in
// ts])`), where the call is the whole initialiser of a variable, the right
// of an assignment, or a statement of its own: each element's turn yields
// and keeps the pattern's value, first to last, then the call is made
// once with the kept values, each a prvalue of the pattern's type, in the
// expansion's place (C++ leaves the order of arguments open, and its
// function, a name here, is the same after the turns). Its result is the
// call's own (a reference too); a void call; a member call; an empty pack
// calls with none; a pattern that reads a variable before the marker;
// close() during the turns calls nothing. Calls whose function or other
// arguments are more than names, members of variables and literals, and
// expansions in larger expressions, stay refused
// (diagnostics/marker-in-pack-expansion.cpp).
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

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
