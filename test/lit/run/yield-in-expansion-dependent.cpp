// A marker in the pattern of a call's expansion whose value's type depends
// on a template parameter, one type per element, `names(wrap(ts,
// int(CORO_YIELD(int(ts))))...)`: each turn keeps its element's value as
// decltype of its pattern says (the runtime's fold_tuple): an object made
// in place, without a move, destroyed last first at the end of the
// statement, after the local the call initialises; a glvalue by its
// address, so the call gets the object itself; an `auto` local so
// initialised has the call's type; close() during the turns destroys the
// objects made so far, and an exception from the call all of them. In a
// switch's condition, or delegating, such a pattern stays refused
// (diagnostics/expansion-objects-in-condition.cpp; in the condition of an
// `if` or a loop it works, run/yield-in-fold-condition-kept.cpp).
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>
#include <type_traits>

using trace::drive;
using trace::say;
using trace::Tracer;

template <class T> struct Wrapped {
  T base;
  Tracer t;
};

template <class T> Wrapped<T> wrap(const T &base, int v) {
  return Wrapped<T>{base, Tracer("w" + std::to_string(v))};
}

template <class... W> std::string names(const W &...w) {
  std::string s;
  ((s += " " + w.t.name() + "/" + std::to_string(sizeof(w.base))), ...);
  return s;
}

template <class... A> void bump(A &...a) { ((a += 10), ...); }

template <class... W> int refuse(const W &...) {
  say("refuse");
  throw std::runtime_error("refused");
}

template <class... Ts> corogen::generator<int, int> kept(Ts... ts) {
  std::string s = names(wrap(ts, int(CORO_YIELD(int(ts))))...);
  say("names", s);
  // (Glvalues: the elements themselves, which the call changes.)
  bump((CORO_YIELD(int(ts) + 10), ts)...);
  say("bumped ", ts...);
  // (An `auto` local: the call's type, decayed.)
  int base = 100;
  auto total = (0 + ... + int(ts));
  auto r = names(wrap(ts, base + int(CORO_YIELD(total)))...);
  static_assert(std::is_same<decltype(r), std::string>::value, "the call's type");
  CORO_YIELD(0);
  say("r", r);
}

template <class... Ts> corogen::generator<int, int> throwing(Ts... ts) {
  int r = refuse(wrap(ts, int(CORO_YIELD(int(ts))))...);
  say("unreached ", r);
}

int main() {
  drive(kept(1, 2.5));
  // CHECK:      got 1
  // CHECK-NEXT: ctor w2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: ctor w3
  // CHECK-NEXT: dtor w3
  // CHECK-NEXT: dtor w2
  // CHECK-NEXT: names w2/4 w3/8
  // CHECK-NEXT: got 11
  // CHECK-NEXT: got 12
  // CHECK-NEXT: bumped 1112.5
  // CHECK-NEXT: got 23
  // CHECK-NEXT: ctor w124
  // CHECK-NEXT: got 23
  // CHECK-NEXT: ctor w124
  // CHECK-NEXT: dtor w124
  // CHECK-NEXT: dtor w124
  // CHECK-NEXT: got 0
  // CHECK-NEXT: r w124/4 w124/8
  // CHECK-NEXT: stop
  {
    auto g = kept(4, 5L);
    say("got ", g.next());
    say("got ", g.send(7));
    g.close();
    say("closed");
  }
  // CHECK-NEXT: got 4
  // CHECK-NEXT: ctor w7
  // CHECK-NEXT: got 5
  // CHECK-NEXT: dtor w7
  // CHECK-NEXT: closed
  try {
    drive(throwing(1, 'c'));
  } catch (const std::runtime_error &e) {
    say("caught ", e.what());
  }
  // CHECK-NEXT: got 1
  // CHECK-NEXT: ctor w2
  // CHECK-NEXT: got 99
  // CHECK-NEXT: ctor w100
  // CHECK-NEXT: refuse
  // CHECK-NEXT: dtor w100
  // CHECK-NEXT: dtor w2
  // CHECK-NEXT: caught refused
}
