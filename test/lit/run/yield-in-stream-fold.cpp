// A marker in the pattern of a left fold over `<<` or `>>` whose operand on
// the left is an object, `(out << ... << CORO_YIELD(ts));` (Python: `for t
// in ts: out.write((yield t))`): C++17 evaluates the object first, then
// each element's pattern and the step that takes it, in turn, each step
// giving back the object the next step takes. So each element's turn
// yields, then makes its step with the value sent, before the next
// element's yield: the steps print between the yields. The object may be
// a local, a reference parameter of a type the template does not show, or
// a member of a variable; the pattern may go on around the marker; `>>`
// too; an empty pack makes no step; throw_exception at the second yield
// leaves the fold after the first step, into the generator's handler; a
// real std::ostream. Where a step gives back another type (a base class),
// the runtime refuses it (transform/stream-fold-step-check.cpp); folds
// with the object on the right, or used as a value, stay refused
// (diagnostics/marker-in-pack-expansion.cpp).
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <sstream>
#include <stdexcept>
#include <string>

using trace::drive;
using trace::say;

struct Log {
  std::string name;
  Log &operator<<(int v) {
    say(name, " << ", v);
    return *this;
  }
  Log &operator>>(int v) {
    say(name, " >> ", v);
    return *this;
  }
};

struct Holder {
  int tag;
  Log log;
};

template <class L, class... Ts> corogen::generator<int, int> steps(L &param, Ts... ts) {
  Log local{"local"};
  (local << ... << CORO_YIELD(int(ts)));
  (param << ... << (int(CORO_YIELD(int(ts) + 10)) * 2));
  Holder holder{1, {"member"}};
  (void)(holder.log >> ... >> CORO_YIELD(int(ts) + 20));
  say("done");
}

template <class... Ts> corogen::generator<int, int> guarded(Ts... ts) {
  Log local{"guarded"};
  try {
    (local << ... << CORO_YIELD(int(ts)));
    say("never");
  } catch (const std::runtime_error &e) {
    say("caught ", e.what());
  }
}

template <class... Ts> corogen::generator<int, int> stream(Ts... ts) {
  std::ostringstream os;
  std::ostream &out = os;
  (out << ... << int(CORO_YIELD(int(ts))));
  say("stream [", os.str(), "]");
}

int main() {
  Log param{"param"};
  drive(steps(param, 1, 2));
  // CHECK:      got 1
  // CHECK-NEXT: local << 2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: local << 3
  // CHECK-NEXT: got 11
  // CHECK-NEXT: param << 24
  // CHECK-NEXT: got 12
  // CHECK-NEXT: param << 26
  // CHECK-NEXT: got 21
  // CHECK-NEXT: member >> 22
  // CHECK-NEXT: got 22
  // CHECK-NEXT: member >> 23
  // CHECK-NEXT: done
  // CHECK-NEXT: stop
  drive(steps(param));
  // CHECK-NEXT: done
  // CHECK-NEXT: stop
  {
    auto g = guarded(1, 2, 3);
    say("got ", g.next());
    say("got ", g.send(5));
    try {
      g.throw_exception(std::runtime_error("halt"));
    } catch (corogen::stop_iteration &) {
      say("stopped");
    }
  }
  // CHECK-NEXT: got 1
  // CHECK-NEXT: guarded << 5
  // CHECK-NEXT: got 2
  // CHECK-NEXT: caught halt
  // CHECK-NEXT: stopped
  drive(stream(7, 8, 9));
  // CHECK-NEXT: got 7
  // CHECK-NEXT: got 8
  // CHECK-NEXT: got 9
  // CHECK-NEXT: stream [8910]
  // CHECK-NEXT: stop
}
