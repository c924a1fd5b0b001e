// The value of CORO_YIELD as the right operand of a compound assignment to
// a variable of a built-in type, `total += CORO_YIELD(x);`: before, clang
// found every built-in `operator+=` of that type viable for the marker's
// value and refused the source as ambiguous. The right operand runs first
// (C++17), so the suspension comes before the left operand is evaluated:
// `v[at("i")] += CORO_YIELD(...)` calls at() after the resume.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"
#include <map>

using trace::say;

int at(const char *what) {
  say("at ", what);
  return 1;
}

// The notebook's averager, with the send type converting to the left's.
corogen::generator<double, int> averager() {
  double total = 0;
  int count = 0;
  double average = 0;
  for (;;) {
    total += CORO_YIELD(average);
    count += 1;
    average = total / count;
  }
}

corogen::generator<int, int> every_operator() {
  int n = 100;
  unsigned bits = 1;
  long v[3] = {0, 10, 20};
  const long *p = v;
  n -= CORO_YIELD(n);
  say("n ", n);
  n *= CORO_YIELD(n);
  n /= CORO_YIELD(n);
  n %= CORO_YIELD(n);
  say("n ", n);
  bits <<= CORO_YIELD(int(bits));
  bits |= CORO_YIELD(int(bits));
  bits &= CORO_YIELD(int(bits));
  bits ^= CORO_YIELD(int(bits));
  bits >>= CORO_YIELD(int(bits));
  say("bits ", bits);
  v[at("v")] += CORO_YIELD(int(v[1]));
  p += CORO_YIELD(int(*p));
  say("v ", v[1], " p ", *p);
}

template <class T> corogen::generator<T, int> in_template(T start) {
  int count = 0;
  T sum = start;
  // (A marker whose operand does not depend on T: the compound
  // assignment is checked in the template.)
  count += CORO_YIELD(1);
  sum += CORO_YIELD(sum);
  say("count ", count, " sum ", sum);
}

// A marker on the left of the assignment too: the right operand's marker
// runs first, and its value is kept, of the send type, across the left's.
corogen::generator<int, int> both_sides() {
  std::map<int, int> m;
  m[CORO_YIELD(1)] += CORO_YIELD(2);
  for (const auto &kv : m)
    say("m[", kv.first, "] ", kv.second);
}

int main() {
  auto avg = averager();
  avg.next();
  say("avg ", avg.send(10));
  say("avg ", avg.send(30));
  say("avg ", avg.send(5));
  // CHECK:      avg 10
  // CHECK-NEXT: avg 20
  // CHECK-NEXT: avg 15

  auto g = every_operator();
  say("got ", g.next());
  say("got ", g.send(1));
  say("got ", g.send(3));
  say("got ", g.send(9));
  say("got ", g.send(4));
  say("got ", g.send(3));
  say("got ", g.send(6));
  say("got ", g.send(12));
  say("got ", g.send(10));
  say("got ", g.send(2));
  say("got ", g.send(5));
  try {
    g.send(2);
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT: got 100
  // CHECK-NEXT: n 99
  // CHECK-NEXT: got 99
  // CHECK-NEXT: got 297
  // CHECK-NEXT: got 33
  // CHECK-NEXT: n 1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 8
  // CHECK-NEXT: got 14
  // CHECK-NEXT: got 12
  // CHECK-NEXT: got 6
  // CHECK-NEXT: bits 1
  // CHECK-NEXT: got 10
  // CHECK-NEXT: at v
  // CHECK-NEXT: got 0
  // CHECK-NEXT: v 15 p 20
  // CHECK-NEXT: stop

  auto t = in_template(1.5);
  say("got ", t.next());
  say("got ", t.send(2));
  try {
    t.send(3);
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 1.5
  // CHECK-NEXT: count 2 sum 4.5
  // CHECK-NEXT: stop

  auto b = both_sides();
  say("got ", b.next());
  say("got ", b.send(30));
  try {
    b.send(5);
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 1
  // CHECK-NEXT: m[5] 30
  // CHECK-NEXT: stop
}
