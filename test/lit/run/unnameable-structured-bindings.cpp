// Structured bindings of objects whose type the frame cannot name (a class
// of the body, a std::pair of one), living across a suspension, and
// range-fors over ranges of such types whose loop variable is a structured
// binding. The box keeps the object (a copy, the temporary a reference
// binds, or the address of the object it binds), and the bindings are
// declared again, bound to it, each time the box is entered: they name the
// same members, and, for a std::pair, the references std::get returns.
// Before, each was refused. (Where a `get` of the user's would be called
// again, each binding is kept in a box of its own instead:
// run/structured-bindings-user-get-boxed.cpp.)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using trace::drive;
using trace::say;
using trace::Tracer;

int note(const char *what, int v) {
  say("eval ", what);
  return v;
}

corogen::generator<int, int> plain() {
  struct L {
    Tracer t;
    int v;
  };
  auto [t, v] = L{Tracer("l"), note("v", 1)};
  CORO_YIELD(v);
  v = 5;
  say("t ", t.name(), " v ", v);
  const auto &[ct, cv] = L{Tracer("c"), CORO_YIELD(2)};
  CORO_YIELD(cv);
  auto [pl, n] = std::pair<L, int>{L{Tracer("p"), 3}, 4};
  CORO_YIELD(pl.v + n);
  say("names ", t.name(), " ", ct.name(), " ", pl.t.name(), " v ", v);
  static_assert(std::is_same<decltype(v), int>::value, "a member's type");
  static_assert(std::is_same<decltype(cv), const int>::value, "const from the object");
  static_assert(std::is_same<decltype(pl), L>::value, "tuple_element's type");
}
// CHECK-LABEL: plain
// CHECK-NEXT: ctor l
// CHECK-NEXT: eval v
// CHECK-NEXT: got 1
// CHECK-NEXT: t l v 5
// CHECK-NEXT: ctor c
// CHECK-NEXT: got 2
// CHECK-NEXT: move c
// CHECK-NEXT: dtor (moved-from) c
// CHECK-NEXT: got 3
// CHECK-NEXT: ctor p
// CHECK-NEXT: move p
// CHECK-NEXT: dtor (moved-from) p
// CHECK-NEXT: got 7
// CHECK-NEXT: names l c p v 5
// CHECK-NEXT: dtor p
// CHECK-NEXT: dtor c
// CHECK-NEXT: dtor l
// CHECK-NEXT: stop
// CHECK-LABEL: plain closed
// CHECK-NEXT: ctor l
// CHECK-NEXT: eval v
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor l
// CHECK-NEXT: closed

corogen::generator<int, int> loops() {
  struct P {
    int x, y;
  };
  std::vector<P> ps{{1, 2}, {3, 4}};
  for (auto [x, y] : ps) {
    x = CORO_YIELD(x * y); // (a copy's member)
    say("x ", x, " ps ", ps[0].x);
  }
  for (auto &[x, y] : ps) {
    if (x > 1)
      break;
    x = CORO_YIELD(y); // (ps[0].x)
  }
  say("ps ", ps[0].x, " ", ps[1].x);
  struct Tr {
    Tracer t;
  };
  Tr trs[2] = {{Tracer("a")}, {Tracer("b")}};
  for (auto [t] : trs)
    CORO_YIELD(int(t.name().size()));
}
// CHECK-LABEL: loops
// CHECK-NEXT: got 2
// CHECK-NEXT: x 3 ps 1
// CHECK-NEXT: got 12
// CHECK-NEXT: x 13 ps 1
// CHECK-NEXT: got 2
// CHECK-NEXT: ps 3 3
// CHECK-NEXT: ctor a
// CHECK-NEXT: ctor b
// CHECK-NEXT: copy a
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor a
// CHECK-NEXT: copy b
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor b
// CHECK-NEXT: dtor a
// CHECK-NEXT: stop

// Their names in what corogen wraps in a lambda (another boxed local's
// initialiser, a reference's temporary made in its slot): the lambda
// init-captures them by reference, since clang before 16 lets no lambda
// capture a structured binding.
corogen::generator<int, int> captured() {
  struct L {
    Tracer t;
    int v;
  };
  auto [t, v] = L{Tracer("s"), 2};
  CORO_YIELD(v);
  auto [u, w] = L{Tracer(t.name() + "2"), v * 10};
  const std::string &s = std::to_string(v + w);
  CORO_YIELD(w + int(s.size()));
  say("names ", u.name(), " ", s);
}
// CHECK-LABEL: captured
// CHECK-NEXT: ctor s
// CHECK-NEXT: got 2
// CHECK-NEXT: ctor s2
// CHECK-NEXT: got 22
// CHECK-NEXT: names s2 22
// CHECK-NEXT: dtor s2
// CHECK-NEXT: dtor s
// CHECK-NEXT: stop

int main() {
  say("plain");
  drive(plain());
  say("plain closed");
  trace::close_at_first(plain());
  say("loops");
  drive(loops());
  say("captured");
  drive(captured());
}
