// The value of CORO_YIELD as an operand of a comparison with a value of an
// arithmetic type, `while (CORO_YIELD(n) != 0)`: before, clang found every
// built-in operator viable for the marker's value and refused the source as
// ambiguous. Where the send type is arithmetic, the comparison is the
// built-in one, of type bool; in a template whose send type depends on a
// template parameter, or with a class send type, the output calls the send
// type's operator and checks that it gives bool, as clang typed it
// (transform/checked-operand.cpp), so the comparison may stand anywhere
// there too.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

int at(const char *what, int v) {
  say("at ", what);
  return v;
}

corogen::generator<int, int> conditions() {
  int n = 0;
  // Each operand order, each operator, in every condition.
  if (CORO_YIELD(n) == 3)
    say("if ==");
  if (1 < CORO_YIELD(1))
    say("if 1 <");
  else
    say("else 1 <");
  while (CORO_YIELD(2) != 0)
    ++n;
  say("n ", n);
  do
    --n;
  while (at("left", 0) >= CORO_YIELD(n));
  for (int i = 0; CORO_YIELD(i) <= 5; ++i)
    say("for ", i);
  // Beside other operands: the left operand runs before the suspension.
  bool b = at("before", 3) > CORO_YIELD(7);
  say("b ", b);
  bool both = CORO_YIELD(8) > 0 && CORO_YIELD(9) < 0;
  say("both ", both);
}

// A send type of an enumeration compares as its integers.
enum Level { low, high };

corogen::generator<int, Level> levels() {
  int seen = 0;
  while (CORO_YIELD(seen) != high)
    ++seen;
}

// A send type that depends on the template parameter: the comparison is
// the condition.
template <class T> corogen::generator<T, T> until_zero(T start) {
  T last = start;
  while (CORO_YIELD(last) > 0)
    last = last * 2;
}

// A class send type, whose own operator compares.
struct Money {
  int cents;
  friend bool operator<(const Money &a, int b) {
    say("Money <");
    return a.cents < b;
  }
};

corogen::generator<int, Money> spend() {
  int left = 100;
  if (CORO_YIELD(left) < 50)
    say("cheap");
  else
    say("dear");
}

// Not a condition, where the send type is not arithmetic: the value of the
// comparison, and of a compound assignment, used as C++ uses them.
template <class T> corogen::generator<int, T> used_in_template() {
  bool b = CORO_YIELD(3) < 4;
  say("b ", b);
  if (CORO_YIELD(1) == 2 && CORO_YIELD(2) == 3)
    say("both");
  int n = 0;
  int m = (n += CORO_YIELD(4));
  say("m ", m, " n ", n);
}

corogen::generator<int, Money> used_with_class() {
  int n = 5;
  bool c = !(CORO_YIELD(n) < 1);
  say("c ", c);
}

// The left marker's value kept across the right one's suspension: the sent
// value, of the send type.
int id(int v) { return v; }
int cents(const Money &m) { return m.cents; }

corogen::generator<int, int> kept() {
  bool lt = CORO_YIELD(10) < int(CORO_YIELD(11));
  say("lt ", lt);
  if (CORO_YIELD(12) == id(CORO_YIELD(13)))
    say("eq");
}

template <class T> corogen::generator<T, T> kept_in_template(T last) {
  while (CORO_YIELD(last) > T(CORO_YIELD(last)))
    last = last + 1;
}

corogen::generator<int, Money> kept_class() {
  if (CORO_YIELD(1) < cents(CORO_YIELD(2)))
    say("less");
}

int main() {
  auto g = conditions();
  say("got ", g.next());
  say("got ", g.send(3));
  say("got ", g.send(1));
  say("got ", g.send(5));
  say("got ", g.send(6));
  say("got ", g.send(0));
  say("got ", g.send(-1));
  say("got ", g.send(4));
  say("got ", g.send(5));
  say("got ", g.send(6));
  say("got ", g.send(3));
  say("got ", g.send(1));
  try {
    g.send(-2);
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK:      got 0
  // CHECK-NEXT: if ==
  // CHECK-NEXT: got 1
  // CHECK-NEXT: else 1 <
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: n 2
  // CHECK-NEXT: at left
  // CHECK-NEXT: got 1
  // CHECK-NEXT: at left
  // CHECK-NEXT: got 0
  // CHECK-NEXT: got 0
  // CHECK-NEXT: for 0
  // CHECK-NEXT: got 1
  // CHECK-NEXT: at before
  // CHECK-NEXT: got 7
  // CHECK-NEXT: b 0
  // CHECK-NEXT: got 8
  // CHECK-NEXT: got 9
  // CHECK-NEXT: both 1
  // CHECK-NEXT: stop

  auto l = levels();
  say("got ", l.next());
  say("got ", l.send(low));
  say("got ", l.send(low));
  try {
    l.send(high);
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT: got 0
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: stop

  auto t = until_zero(1.5);
  say("got ", t.next());
  say("got ", t.send(1));
  try {
    t.send(0);
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT: got 1.5
  // CHECK-NEXT: got 3
  // CHECK-NEXT: stop

  auto s = spend();
  say("got ", s.next());
  try {
    s.send(Money{70});
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT: got 100
  // CHECK-NEXT: Money <
  // CHECK-NEXT: dear
  // CHECK-NEXT: stop

  auto u = used_in_template<long>();
  say("got ", u.next());
  say("got ", u.send(4));
  say("got ", u.send(2));
  say("got ", u.send(3));
  try {
    u.send(6);
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT: got 3
  // CHECK-NEXT: b 0
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: both
  // CHECK-NEXT: got 4
  // CHECK-NEXT: m 6 n 6
  // CHECK-NEXT: stop

  auto uc = used_with_class();
  say("got ", uc.next());
  try {
    uc.send(Money{0});
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT: got 5
  // CHECK-NEXT: Money <
  // CHECK-NEXT: c 0
  // CHECK-NEXT: stop

  auto k = kept();
  say("got ", k.next());
  say("got ", k.send(10));
  say("got ", k.send(11));
  say("got ", k.send(5));
  try {
    k.send(13);
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT: got 10
  // CHECK-NEXT: got 11
  // CHECK-NEXT: lt 1
  // CHECK-NEXT: got 12
  // CHECK-NEXT: got 13
  // CHECK-NEXT: stop

  auto kt = kept_in_template(2L);
  say("got ", kt.next());
  say("got ", kt.send(5));
  say("got ", kt.send(4));
  say("got ", kt.send(1));
  try {
    kt.send(3);
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 3
  // CHECK-NEXT: got 3
  // CHECK-NEXT: stop

  auto kc = kept_class();
  say("got ", kc.next());
  say("got ", kc.send(Money{1}));
  try {
    kc.send(Money{2});
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: Money <
  // CHECK-NEXT: less
  // CHECK-NEXT: stop
}
