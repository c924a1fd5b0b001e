// A call's expansion whose values are objects, beside operands of the
// pattern kept before its marker, `show(make(Tag(int(ts)),
// int(CORO_YIELD(int(ts))))...)`: each element's value is kept with its
// operands, and all die at the end of the statement in the reverse of
// their making, an element's value before its operands, the last
// element's first, as C++ destroys the temporaries of the whole
// expansion; also where the values' type depends on a template parameter.
// close() during the turns destroys what they made; an exception from the
// call, all of it.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>

using trace::close_at_first;
using trace::drive;
using trace::say;

struct Tag {
  explicit Tag(int v) : v(v) { say("Tag ", v); }
  Tag(const Tag &o) : v(o.v) { say("copy Tag ", v); }
  ~Tag() { say("~Tag ", v); }
  int v;
};
struct Item {
  explicit Item(int v) : v(v) { say("Item ", v); }
  Item(const Item &o) : v(o.v) { say("copy Item ", v); }
  ~Item() { say("~Item ", v); }
  int v;
};
Item make(const Tag &t, int v) { return Item(t.v * 100 + v); }
template <class T> Item wrap(const Tag &t, const T &x, int v) {
  return Item(t.v * 100 + int(x) * 10 + v);
}
template <class... I> void show(const I &...items) { say("show", (" " + std::to_string(items.v))...); }
template <class... I> void refuse(const I &...) {
  say("refuse");
  throw std::runtime_error("refused");
}

template <class... Ts> corogen::generator<int, int> kept(Ts... ts) {
  show(make(Tag(int(ts)), int(CORO_YIELD(int(ts))))...);
  say("after");
  // (Values of a type that depends on a template parameter.)
  show(wrap(Tag(int(ts) + 5), ts, int(CORO_YIELD(int(ts) + 10)))...);
  say("after dependent");
}

template <class... Ts> corogen::generator<int, int> throwing(Ts... ts) {
  refuse(make(Tag(int(ts)), int(CORO_YIELD(int(ts))))...);
  say("unreached");
}

int main() {
  drive(kept(1, 2));
  // CHECK:      Tag 1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: Item 102
  // CHECK-NEXT: Tag 2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: Item 203
  // CHECK-NEXT: show 102 203
  // CHECK-NEXT: ~Item 203
  // CHECK-NEXT: ~Tag 2
  // CHECK-NEXT: ~Item 102
  // CHECK-NEXT: ~Tag 1
  // CHECK-NEXT: after
  // CHECK-NEXT: Tag 6
  // CHECK-NEXT: got 11
  // CHECK-NEXT: Item 622
  // CHECK-NEXT: Tag 7
  // CHECK-NEXT: got 12
  // CHECK-NEXT: Item 733
  // CHECK-NEXT: show 622 733
  // CHECK-NEXT: ~Item 733
  // CHECK-NEXT: ~Tag 7
  // CHECK-NEXT: ~Item 622
  // CHECK-NEXT: ~Tag 6
  // CHECK-NEXT: after dependent
  // CHECK-NEXT: stop
  close_at_first(kept(1, 2));
  // CHECK-NEXT: Tag 1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: ~Tag 1
  // CHECK-NEXT: closed
  try {
    drive(throwing(1, 2));
  } catch (const std::runtime_error &e) {
    say("caught ", e.what());
  }
  // CHECK-NEXT: Tag 1
  // CHECK-NEXT: got 1
  // CHECK-NEXT: Item 102
  // CHECK-NEXT: Tag 2
  // CHECK-NEXT: got 2
  // CHECK-NEXT: Item 203
  // CHECK-NEXT: refuse
  // CHECK-NEXT: ~Item 203
  // CHECK-NEXT: ~Tag 2
  // CHECK-NEXT: ~Item 102
  // CHECK-NEXT: ~Tag 1
  // CHECK-NEXT: caught refused
}
