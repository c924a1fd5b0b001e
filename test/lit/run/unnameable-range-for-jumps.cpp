// Boxed range-fors (their range and iterators of types the frame cannot
// name) with jumps and exceptions: a `goto` out of two nested loops, an
// exception thrown in the inner loop's body or thrown in at its marker,
// caught outside both and followed by a `goto` back before them, a marker
// in the range expression, and close(). Each leaves the loops destroying
// the loop variable, then the temporary range, as C++ does.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <vector>

using trace::say;
using trace::Tracer;

corogen::generator<int, int> adv() {
  struct Item { Tracer t; int v; };
  std::vector<Item> items;
  items.push_back(Item{Tracer("i1"), 1});
  items.push_back(Item{Tracer("i2"), 2});
  int round = 0;
again:
  try {
    for (const auto &it : items) {
      for (auto jt : std::vector<Item>{Item{Tracer("inner"), it.v * 10}}) {
        int got = CORO_YIELD(jt.v);
        if (got < 0)
          throw std::runtime_error("neg");
        if (got == 99)
          goto out;
      }
    }
  } catch (const std::exception &e) {
    say("caught ", e.what());
    if (++round < 2)
      goto again;
  }
out:
  for (auto &it : (CORO_YIELD(500), items))
    CORO_YIELD(it.v + 1000);
}
// The items are made (and moved into the vector) once per generator.
// CHECK: ctor i1
// CHECK-NEXT: move i1
// CHECK-NEXT: dtor (moved-from) i1
// CHECK-NEXT: ctor i2
// CHECK-NEXT: move i2
// CHECK-NEXT: move i1
// CHECK-NEXT: dtor (moved-from) i1
// CHECK-NEXT: dtor (moved-from) i2
// The inner range: its list's element, copied into the vector, then into
// the loop variable.
// CHECK-NEXT: ctor inner
// CHECK-NEXT: copy inner
// CHECK-NEXT: dtor inner
// CHECK-NEXT: copy inner
// CHECK-NEXT: got 10
// send(-1) throws in the body: the loop variable, then the range, die.
// CHECK-NEXT: dtor inner
// CHECK-NEXT: dtor inner
// CHECK-NEXT: caught neg
// CHECK-NEXT: ctor inner
// CHECK-NEXT: copy inner
// CHECK-NEXT: dtor inner
// CHECK-NEXT: copy inner
// CHECK-NEXT: got 10
// send(99) jumps out of both loops.
// CHECK-NEXT: dtor inner
// CHECK-NEXT: dtor inner
// CHECK-NEXT: got 500
// CHECK-NEXT: got 1001
// CHECK-NEXT: got 1002
// CHECK-NEXT: dtor i1
// CHECK-NEXT: dtor i2
// CHECK-NEXT: closed
// The second generator: an exception thrown in at the marker.
// CHECK-NEXT: ctor i1
// CHECK-NEXT: move i1
// CHECK-NEXT: dtor (moved-from) i1
// CHECK-NEXT: ctor i2
// CHECK-NEXT: move i2
// CHECK-NEXT: move i1
// CHECK-NEXT: dtor (moved-from) i1
// CHECK-NEXT: dtor (moved-from) i2
// CHECK-NEXT: ctor inner
// CHECK-NEXT: copy inner
// CHECK-NEXT: dtor inner
// CHECK-NEXT: copy inner
// CHECK-NEXT: got 10
// CHECK-NEXT: dtor inner
// CHECK-NEXT: dtor inner
// CHECK-NEXT: caught in
// throw_exception returns the 10 yielded again; next() ends that inner
// loop and yields from the next item's.
// CHECK-NEXT: ctor inner
// CHECK-NEXT: copy inner
// CHECK-NEXT: dtor inner
// CHECK-NEXT: copy inner
// CHECK-NEXT: dtor inner
// CHECK-NEXT: dtor inner
// CHECK-NEXT: ctor inner
// CHECK-NEXT: copy inner
// CHECK-NEXT: dtor inner
// CHECK-NEXT: copy inner
// CHECK-NEXT: got2 20
// CHECK-NEXT: dtor inner
// CHECK-NEXT: dtor inner
// CHECK-NEXT: dtor i1
// CHECK-NEXT: dtor i2
// CHECK-NEXT: end

int main() {
  {
    auto g = adv();
    say("got ", g.next());
    say("got ", g.send(-1));
    say("got ", g.send(99));
    say("got ", g.send(0));
    say("got ", g.send(0));
    g.close();
    say("closed");
  }
  {
    auto g = adv();
    say("got ", g.next());
    g.throw_exception(std::runtime_error("in"));
    say("got2 ", g.next());
  }
  say("end");
}
