// A range-for that suspends over a part of a temporary: a member of an
// object that a function returns or a braced list makes, in parentheses or
// through a cast to a reference to a base (`for (x : make().items)`).
// `auto &&__range` binds to the part, and C++ keeps the whole temporary
// alive until the loop ends ([class.temporary] p6); the frame's range slot
// keeps the temporary, made from its own text, and the loop iterates over
// the part; of a class of the body, a box keeps it. (Before, the frame kept only the part's address, and the
// temporary died before the loop: a dangling range.) g++ 12 itself does
// not extend the temporary through the cast to a base (clang does, as
// the standard says); corogen keeps it under both.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <vector>

using trace::say;
using trace::Tracer;

struct Box {
  Tracer tracer;
  std::vector<int> items;
  int pair[2];
};
struct Derived : Box {
  int extra;
};

Box make(const char *name) { return Box{Tracer(name), {1, 2}, {3, 4}}; }

corogen::generator<int> parts() {
  for (int x : make("made").items) {
    CORO_YIELD(x);
    say("in made");
  }
  say("after made");
  for (int x : (Box{Tracer("braced"), {}, {5, 6}}).pair)
    CORO_YIELD(x);
  say("after braced");
  for (int x : static_cast<const Box &>(Derived{{Tracer("base"), {7}, {0, 0}}, 0}).items)
    CORO_YIELD(x);
  say("after base");
  struct Local {
    Tracer tracer;
    std::vector<int> items;
  };
  int x = 8;
  for (int v : Local{Tracer("local"), {x, x + 1}}.items) {
    CORO_YIELD(v);
    x = 0;
  }
  say("after local");
}
// CHECK-LABEL: run
// CHECK-NEXT: ctor made
// CHECK-NEXT: got 1
// CHECK-NEXT: in made
// CHECK-NEXT: got 2
// CHECK-NEXT: in made
// CHECK-NEXT: dtor made
// CHECK-NEXT: after made
// CHECK-NEXT: ctor braced
// CHECK-NEXT: got 5
// CHECK-NEXT: got 6
// CHECK-NEXT: dtor braced
// CHECK-NEXT: after braced
// CHECK-NEXT: ctor base
// CHECK-NEXT: got 7
// CHECK-NEXT: dtor base
// CHECK-NEXT: after base
// CHECK-NEXT: ctor local
// CHECK-NEXT: got 8
// CHECK-NEXT: got 9
// CHECK-NEXT: dtor local
// CHECK-NEXT: after local
// CHECK-NEXT: end
// Closed inside the first loop: the temporary dies then.
// CHECK-LABEL: closed
// CHECK-NEXT: ctor made
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor made
// CHECK-NEXT: end

int main() {
  say("run");
  for (int v : parts())
    say("got ", v);
  say("end");
  say("closed");
  {
    auto g = parts();
    say("got ", g.next());
    g.close();
  }
  say("end");
}
