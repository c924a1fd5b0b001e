// Arrays whose element type the frame cannot name (a class defined in the
// body, an unnamed class that the declaration defines, a lambda's closure
// through decltype), a local of a type made of such a class (a
// std::function that takes it), and objects of an unnamed class that their
// declaration defines, living across suspensions. Each is made where its declaration
// runs, from its braced list (a bound left to the list,
// elements the list leaves out) or by default, keeps its address, and dies
// where its scope ends, last element first; an element whose constructor
// throws destroys those made before it; close() while suspended, and a goto
// back past the declaration, destroy it.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <functional>
#include <stdexcept>
#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int> tables() {
  struct Item {
    int k;
    Tracer t;
  };
  Item items[] = {{1, Tracer("a")}, {2, Tracer("b")}};
  const void *where = &items;
  for (int i = 0; i < 2; ++i)
    CORO_YIELD(items[i].k);
  say(where == &items ? "same address" : "moved");
  // A type made of one: a std::function that takes it.
  std::function<int(const Item &)> key = [](const Item &i) { return i.k; };
  CORO_YIELD(key(items[1]) + items[0].k);
  // Brace elision, and elements left to their default.
  struct {
    int k;
    const char *v;
  } table[3] = {{1, "x"}, {2, "y"}};
  CORO_YIELD(int(sizeof(table) / sizeof(table[0])));
  say(table[1].v, table[2].v == nullptr ? " null" : " set");
  decltype(table) copy = {};
  CORO_YIELD(table[1].k + copy[2].k);
  auto times = [](int x) { return x * 10; };
  decltype(times) fs[2] = {times, times};
  CORO_YIELD(fs[1](3));
  struct {
    int k;
    Tracer t;
  } one = {5, Tracer("one")};
  struct {
    Tracer t{"d"};
  } defaults[2];
  const Item constant[1] = {{6, Tracer("c")}};
  CORO_YIELD(one.k + constant[0].k);
  (void)defaults;
}
// CHECK-LABEL: tables
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor b
// CHECK-NEXT: got 1
// CHECK-NEXT: got 2
// CHECK-NEXT: same address
// CHECK-NEXT: got 3
// CHECK-NEXT: got 3
// CHECK-NEXT: y null
// CHECK-NEXT: got 2
// CHECK-NEXT: got 30
// CHECK-NEXT: ctor one
// CHECK-NEXT: ctor d
// CHECK-NEXT: ctor d
// CHECK-NEXT: ctor c
// CHECK-NEXT: got 11
// CHECK-NEXT: dtor c
// CHECK-NEXT: dtor d
// CHECK-NEXT: dtor d
// CHECK-NEXT: dtor one
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: end

struct Bomb {
  explicit Bomb(bool go) {
    if (go)
      throw std::runtime_error("bomb");
  }
};

corogen::generator<int> throwing() {
  struct Pair {
    Tracer t;
    Bomb b;
  };
  Pair fine[1] = {{Tracer("fine"), Bomb(false)}};
  CORO_YIELD(1);
  Pair pairs[2] = {{Tracer("p"), Bomb(false)}, {Tracer("q"), Bomb(true)}};
  CORO_YIELD(2);
  (void)fine;
  (void)pairs;
}
// CHECK-LABEL: throwing
// CHECK-NEXT: ctor fine
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor p
// CHECK-NEXT: ctor q
// CHECK-NEXT: dtor q
// CHECK-NEXT: dtor p
// CHECK-NEXT: dtor fine
// CHECK-NEXT: caught bomb
// CHECK-NEXT: end

corogen::generator<int> jumps() {
  int round = 0;
again:
  struct {
    Tracer t;
  } keep[1] = {{Tracer(round == 0 ? "first" : "second")}};
  CORO_YIELD(round);
  if (++round < 2)
    goto again;
  CORO_YIELD(10);
  (void)keep;
}
// CHECK-LABEL: jumps
// CHECK-NEXT: ctor first
// CHECK-NEXT: got 0
// CHECK-NEXT: dtor first
// CHECK-NEXT: ctor second
// CHECK-NEXT: got 1
// CHECK-NEXT: got 10
// CHECK-NEXT: close
// CHECK-NEXT: dtor second
// CHECK-NEXT: closed
// CHECK-NEXT: end

int main() {
  say("tables");
  for (int v : tables())
    say("got ", v);
  say("end");
  say("throwing");
  try {
    for (int v : throwing())
      say("got ", v);
  } catch (const std::runtime_error &e) {
    say("caught ", e.what());
  }
  say("end");
  say("jumps");
  {
    auto g = jumps();
    for (int i = 0; i < 3; ++i)
      say("got ", g.next());
    say("close");
    g.close();
    say("closed");
  }
  say("end");
}
