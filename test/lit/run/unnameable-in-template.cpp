// In a template, locals whose type the frame cannot spell (their
// initialisers name a class of the body) and whose initialisers hold a
// lambda: an `auto` reference, a structured binding (by value and by
// reference), and range-fors over dependent ranges with a structured
// binding for loop variable, or holding a lambda, and over a temporary
// range whose type the frame spells (kept in the runtime's bound_value for
// the loop; before, refused at instantiation). Each of the others is boxed: a
// reference's box keeps the runtime's bound_value of what its initialiser
// gives, found through a lambda that returns it as decltype(auto) (no
// decltype of the initialiser's text, which may hold no lambda before
// C++20), and a structured binding's bindings are declared again, bound
// to the boxed object, on each resume. Before, each was refused.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <utility>
#include <vector>

using trace::drive;
using trace::say;
using trace::Tracer;

template <class T> T id(T t) { return t; }

template <class T> corogen::generator<int, int> locals(T t) {
  struct L {
    Tracer tr;
    T v;
  };
  // (The temporary is id's parameter, which its return moves from.)
  auto [tr, v] = id(L{Tracer("b"), t});
  CORO_YIELD(int(v));
  v = CORO_YIELD(0);
  // (clang 14 lets no lambda capture a structured binding.)
  auto &&[p, f] = std::make_pair(L{Tracer("p"), t}, [&] { return t + 1; });
  CORO_YIELD(int(p.v + f() + v));
  auto &&r = [&] { return L{Tracer("r"), t + 10}; }();
  const auto &q = [&]() -> L & { return r; }();
  CORO_YIELD(int(r.v + q.v));
  say("names ", tr.name(), " ", p.tr.name(), " ", r.tr.name(), " ", &q == &r);
}
// CHECK-LABEL: locals
// CHECK-NEXT: ctor b
// CHECK-NEXT: move b
// CHECK-NEXT: dtor (moved-from) b
// CHECK-NEXT: got 1
// CHECK-NEXT: got 0
// CHECK-NEXT: ctor p
// CHECK-NEXT: move p
// CHECK-NEXT: dtor (moved-from) p
// CHECK-NEXT: got 4
// CHECK-NEXT: ctor r
// CHECK-NEXT: got 22
// CHECK-NEXT: names b p r 1
// CHECK-NEXT: dtor r
// CHECK-NEXT: dtor p
// CHECK-NEXT: dtor b
// CHECK-NEXT: stop

template <class T> corogen::generator<int, int> loops(T t) {
  struct P {
    T x, y;
  };
  std::vector<P> ps{{t, 1}, {t, 2}};
  for (auto [x, y] : id(ps))
    CORO_YIELD(int(x * y));
  for (auto &[x, y] : [&]() -> std::vector<P> & { return ps; }())
    x = CORO_YIELD(int(x * y * 10));
  say("ps ", ps[0].x, " ", ps[1].x);
  // A temporary range, kept for the loop (its type is spelled).
  for (auto &&[k, s] : id(std::vector<std::pair<T, std::string>>{{t, "ab"}, {t, "c"}}))
    CORO_YIELD(int(k + s.size()));
}
// CHECK-LABEL: loops
// CHECK-NEXT: got 3
// CHECK-NEXT: got 6
// CHECK-NEXT: got 30
// CHECK-NEXT: got 60
// CHECK-NEXT: ps 31 61
// CHECK-NEXT: got 5
// CHECK-NEXT: got 4
// CHECK-NEXT: stop

int main() {
  say("locals");
  drive(locals(1));
  say("loops");
  drive(loops(3));
}
