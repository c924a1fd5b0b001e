// A marker in the pattern of a pack expansion that is the arguments of a
// call or the elements of a braced list, whose pattern makes an object of
// a class, `join(Item(int(CORO_YIELD(int(ts))))...)`: each turn
// makes its element's object, which the frame keeps (the runtime's
// fold_slots) to the end of the statement, as C++ keeps the temporaries of
// the full-expression, and destroys last first; the call takes each as an
// xvalue, so a by-value parameter is moved from the kept object (the
// extra move docs/semantics.md names); close() during the turns destroys
// the objects made so far; an exception from the call too. In a
// condition, see run/yield-in-fold-condition-kept.cpp and
// diagnostics/expansion-objects-in-condition.cpp.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>

using trace::drive;
using trace::say;
using trace::Tracer;

// (Its Tracer prints its life: made, moved, destroyed.)
struct Item {
  explicit Item(int v) : t("t" + std::to_string(v)) {}
  Tracer t;
  const std::string &name() const { return t.name(); }
};

std::string join(const Item &a, const Item &b) {
  say("join ", a.name(), " ", b.name());
  return a.name() + b.name();
}

template <class... A> void take(A... a) {
  std::string s;
  ((s += " " + a.name()), ...);
  say("take", s);
}

std::string refuse(const Item &, const Item &) {
  say("refuse");
  throw std::runtime_error("refused");
}

// (Bound to reference parameters: no move; destroyed after the local the
// call initialises is made, last first.)
template <class... Ts> corogen::generator<int, int> refs(Ts... ts) {
  std::string s = join(Item(int(CORO_YIELD(int(ts))))...);
  say("s ", s);
  CORO_YIELD(0);
  say("assigned");
  s = join(Item(int(CORO_YIELD(int(ts) + 10)))...);
  say("s ", s);
}

// (By value: each parameter moved from its kept object; one element, as
// the compilers make parameters in different orders.)
template <class... Ts> corogen::generator<int, int> values(Ts... ts) {
  take(Item(int(CORO_YIELD(int(ts))))...);
}

// (The elements of a braced list, in order.)
template <class... Ts> corogen::generator<int, int> listed(Ts... ts) {
  Item all[] = {Item(int(CORO_YIELD(int(ts))))...};
  say("listed ", all[0].name(), " ", all[1].name());
}

// (An exception from the call: the kept objects die as the generator
// unwinds.)
template <class... Ts> corogen::generator<int, int> throwing(Ts... ts) {
  std::string s = refuse(Item(int(CORO_YIELD(int(ts))))...);
  say("unreached ", s);
}

// (In a condition, of a class without a destructor: made again for each
// test.)
struct Plain {
  explicit Plain(int v) : v(v) {}
  int v;
};

bool below(Plain a, Plain b) {
  say("below ", a.v, " ", b.v);
  return a.v + b.v < 10;
}

template <class... Ts> corogen::generator<int, int> looped(Ts... ts) {
  int round = 0;
  while (below(Plain(int(CORO_YIELD(int(ts) + round)))...))
    ++round;
  say("rounds ", round);
}

int main() {
  drive(refs(1, 2));
  // CHECK:      got 1
  // CHECK-NEXT: ctor t2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: ctor t3
  // CHECK-NEXT: join t2 t3
  // CHECK-NEXT: dtor t3
  // CHECK-NEXT: dtor t2
  // CHECK-NEXT: s t2t3
  // CHECK-NEXT: got 0
  // CHECK-NEXT: assigned
  // CHECK-NEXT: got 11
  // CHECK-NEXT: ctor t12
  // CHECK-NEXT: got 12
  // CHECK-NEXT: ctor t13
  // CHECK-NEXT: join t12 t13
  // CHECK-NEXT: dtor t13
  // CHECK-NEXT: dtor t12
  // CHECK-NEXT: s t12t13
  // CHECK-NEXT: stop
  {
    auto g = refs(4, 5);
    say("got ", g.next());
    say("got ", g.send(7));
    g.close();
    say("closed");
  }
  // CHECK-NEXT: got 4
  // CHECK-NEXT: ctor t7
  // CHECK-NEXT: got 5
  // CHECK-NEXT: dtor t7
  // CHECK-NEXT: closed
  drive(values(1));
  // CHECK-NEXT: got 1
  // CHECK-NEXT: ctor t2
  // CHECK-NEXT: move t2
  // CHECK-NEXT: take t2
  // CHECK-NEXT: dtor t2
  // CHECK-NEXT: dtor (moved-from) t2
  // CHECK-NEXT: stop
  drive(listed(1, 2));
  // CHECK-NEXT: got 1
  // CHECK-NEXT: ctor t2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: ctor t3
  // CHECK-NEXT: move t2
  // CHECK-NEXT: move t3
  // CHECK-NEXT: dtor (moved-from) t3
  // CHECK-NEXT: dtor (moved-from) t2
  // CHECK-NEXT: listed t2 t3
  // CHECK-NEXT: dtor t3
  // CHECK-NEXT: dtor t2
  // CHECK-NEXT: stop
  drive(looped(1, 2));
  // CHECK-NEXT: got 1
  // CHECK-NEXT: got 2
  // CHECK-NEXT: below 2 3
  // CHECK-NEXT: got 2
  // CHECK-NEXT: got 3
  // CHECK-NEXT: below 3 4
  // CHECK-NEXT: got 3
  // CHECK-NEXT: got 4
  // CHECK-NEXT: below 4 5
  // CHECK-NEXT: got 4
  // CHECK-NEXT: got 5
  // CHECK-NEXT: below 5 6
  // CHECK-NEXT: rounds 3
  // CHECK-NEXT: stop
  try {
    drive(throwing(1, 2));
  } catch (const std::runtime_error &e) {
    say("caught ", e.what());
  }
  // CHECK-NEXT: got 1
  // CHECK-NEXT: ctor t2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: ctor t3
  // CHECK-NEXT: refuse
  // CHECK-NEXT: dtor t3
  // CHECK-NEXT: dtor t2
  // CHECK-NEXT: caught refused
}
