// A reference living across a suspension that is list-initialised from a
// braced list which makes a new temporary (`const T &r{a, b};`, [dcl.init.list]
// p3.10): the temporary is direct-list-initialised, so an explicit
// constructor may make it (Tracer's is), and it lives in the frame as long
// as the reference, made once with no copy or move, destroyed in reverse
// order with the other locals, by close() too, and made again when a goto
// jumps back past the declaration. Also an aggregate whose reference
// member binds a temporary of its own, and `= {...}` (copy-list-initialised).
// In a template, where the type or the list depends on a template
// parameter, a list of other than one element (whose element might bind
// the reference directly) makes the temporary too.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <utility>
#include <vector>

using trace::say;
using trace::Tracer;

struct Named : Tracer {
  Named(const std::string &n, int k) : Tracer(n + std::to_string(k)) {}
};

struct Labelled {
  const Tracer &t;
  std::string label;
};

corogen::generator<int, int> lists() {
  const Tracer &a{"l1"};
  Tracer &&b{std::string("l2")};
  const Tracer (&arr)[2]{Tracer("l3"), Tracer("l4")};
  const Labelled &l{Tracer("l5"), "five"};
  const std::pair<int, std::string> &p = {6, "six"};
  const std::vector<int> &v{7, 8, 9};
  CORO_YIELD(p.first + v[2]);
  say("use ", a.name(), " ", b.name(), " ", arr[1].name(), " ", l.t.name(), " ", l.label, " ",
      p.second, " ", v.size());
}
// CHECK-LABEL: lists
// CHECK-NEXT: ctor l1
// CHECK-NEXT: ctor l2
// CHECK-NEXT: ctor l3
// CHECK-NEXT: ctor l4
// CHECK-NEXT: ctor l5
// CHECK-NEXT: got 15
// CHECK-NEXT: use l1 l2 l4 l5 five six 3
// CHECK-NEXT: dtor l5
// CHECK-NEXT: dtor l4
// CHECK-NEXT: dtor l3
// CHECK-NEXT: dtor l2
// CHECK-NEXT: dtor l1
// CHECK-NEXT: stop

corogen::generator<int, int> closed() {
  const Tracer &a{"c1"};
  CORO_YIELD(1);
  say("not reached ", a.name());
}
// CHECK-LABEL: closed
// CHECK-NEXT: ctor c1
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor c1
// CHECK-NEXT: closed

corogen::generator<int, int> again() {
  int round = 0;
back:
  const Tracer &a{"g" + std::to_string(round)};
  CORO_YIELD(round);
  if (++round < 2)
    goto back;
  say("done ", a.name());
}
// CHECK-LABEL: again
// CHECK-NEXT: ctor g0
// CHECK-NEXT: got 0
// CHECK-NEXT: dtor g0
// CHECK-NEXT: ctor g1
// CHECK-NEXT: got 1
// CHECK-NEXT: done g1
// CHECK-NEXT: dtor g1
// CHECK-NEXT: stop

template <class T> corogen::generator<int, int> dependent(int k) {
  const T &a{"nm", k};
  const T &b = {"cl", k + 1};
  const std::vector<T> &v{};
  CORO_YIELD(static_cast<int>(v.size()));
  say("use ", a.name(), " ", b.name());
}
// CHECK-LABEL: dependent
// CHECK-NEXT: ctor nm1
// CHECK-NEXT: ctor cl2
// CHECK-NEXT: got 0
// CHECK-NEXT: use nm1 cl2
// CHECK-NEXT: dtor cl2
// CHECK-NEXT: dtor nm1
// CHECK-NEXT: stop

int main() {
  say("lists");
  trace::drive(lists());
  say("closed");
  trace::close_at_first(closed());
  say("again");
  trace::drive(again());
  say("dependent");
  trace::drive(dependent<Named>(1));
}
