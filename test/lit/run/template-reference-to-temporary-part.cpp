// In a template, a reference that lives across a suspension bound to a
// member of an object of a type that depends on a template parameter
// (`const auto &r = make<T>(t).t;`, `auto &&x = (make(t + 10)).k;`, `const
// T &k = std::pair<T, int>(t, 1).first;`, a structured binding's, `const
// auto &[p, q] = std::make_pair(make(t + 40), 0).first.pr;`), and a range-for over such a
// member (`for (int i : make(t + 30).items)`): where the object turns out
// to be a temporary, C++ keeps all of it alive with the reference, or
// through the loop. The frame keeps the object in the runtime's
// bound_value, made first (an lvalue's by address: `named.t`), and the
// reference binds to the member of what it holds: each object dies after
// its reference, in reverse order, at the scope's end or by close(); the
// range's after the loop; a `decltype(auto)` one initialised by such a
// member in parentheses, `decltype(auto) d = (make(t + 50).k);`, has its
// box hold the object's bound_value, and is an `auto &&` bound to the
// member of what it holds, of the type decltype(auto) gives (an rvalue
// reference for a temporary's member, an lvalue one for an lvalue's).
// (Before, the runtime refused these at instantiation.)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using trace::say;
using trace::Tracer;

struct Box {
  Tracer t;
  std::vector<int> items;
  int k;
  std::pair<int, int> pr;
  ~Box() { say("dtor box ", t.name()); }
};
template <class T> Box &pick(Box &b, T) { return b; }
template <class T> Box make(T v) {
  return Box{Tracer("b" + std::to_string(v)), {v, v + 1}, v, {v, 2}};
}

template <class T> corogen::generator<int, int> parts(T t) {
  decltype(auto) d = (make(t + 50).k);
  static_assert(std::is_same<decltype(d), int &&>::value, "a temporary's member");
  Box held = make(t + 60);
  decltype(auto) e = (pick(held, t).k);
  static_assert(std::is_same<decltype(e), int &>::value, "an lvalue's member");
  const auto &r = make<T>(t).t;
  auto &&x = (make(t + 10)).k;
  const T &k = std::pair<T, int>(t, 1).first;
  Box named = make(t + 20);
  const auto &y = named.t;
  const auto &[p, q] = std::make_pair(make(t + 40), 0).first.pr;
  CORO_YIELD(k + x + p + q);
  for (int i : make(t + 30).items)
    CORO_YIELD(i);
  say("use ", r.name(), " ", x, " ", y.name(), " ", p, q, " ", d, " ", e);
}
// CHECK-LABEL: {{^}}parts
// CHECK-NEXT: ctor b51
// CHECK-NEXT: ctor b61
// CHECK-NEXT: ctor b1
// CHECK-NEXT: ctor b11
// CHECK-NEXT: ctor b21
// CHECK-NEXT: ctor b41
// CHECK-NEXT: copy b41
// CHECK-NEXT: dtor box b41
// CHECK-NEXT: dtor b41
// CHECK-NEXT: got 55
// CHECK-NEXT: ctor b31
// CHECK-NEXT: got 31
// CHECK-NEXT: got 32
// CHECK-NEXT: dtor box b31
// CHECK-NEXT: dtor b31
// CHECK-NEXT: use b1 11 b21 412 51 61
// CHECK-NEXT: dtor box b41
// CHECK-NEXT: dtor b41
// CHECK-NEXT: dtor box b21
// CHECK-NEXT: dtor b21
// CHECK-NEXT: dtor box b11
// CHECK-NEXT: dtor b11
// CHECK-NEXT: dtor box b1
// CHECK-NEXT: dtor b1
// CHECK-NEXT: dtor box b61
// CHECK-NEXT: dtor b61
// CHECK-NEXT: dtor box b51
// CHECK-NEXT: dtor b51
// CHECK-NEXT: stop
// CHECK-LABEL: {{^}}parts closed
// CHECK-NEXT: ctor b51
// CHECK-NEXT: ctor b61
// CHECK-NEXT: ctor b1
// CHECK-NEXT: ctor b11
// CHECK-NEXT: ctor b21
// CHECK-NEXT: ctor b41
// CHECK-NEXT: copy b41
// CHECK-NEXT: dtor box b41
// CHECK-NEXT: dtor b41
// CHECK-NEXT: got 55
// CHECK-NEXT: dtor box b41
// CHECK-NEXT: dtor b41
// CHECK-NEXT: dtor box b21
// CHECK-NEXT: dtor b21
// CHECK-NEXT: dtor box b11
// CHECK-NEXT: dtor b11
// CHECK-NEXT: dtor box b1
// CHECK-NEXT: dtor b1
// CHECK-NEXT: dtor box b61
// CHECK-NEXT: dtor b61
// CHECK-NEXT: dtor box b51
// CHECK-NEXT: dtor b51
// CHECK-NEXT: closed
// CHECK-LABEL: {{^}}parts closed in the loop
// CHECK-NEXT: ctor b51
// CHECK-NEXT: ctor b61
// CHECK-NEXT: ctor b1
// CHECK-NEXT: ctor b11
// CHECK-NEXT: ctor b21
// CHECK-NEXT: ctor b41
// CHECK-NEXT: copy b41
// CHECK-NEXT: dtor box b41
// CHECK-NEXT: dtor b41
// CHECK-NEXT: got 55
// CHECK-NEXT: ctor b31
// CHECK-NEXT: got 31
// CHECK-NEXT: dtor box b31
// CHECK-NEXT: dtor b31
// CHECK-NEXT: dtor box b41
// CHECK-NEXT: dtor b41
// CHECK-NEXT: dtor box b21
// CHECK-NEXT: dtor b21
// CHECK-NEXT: dtor box b11
// CHECK-NEXT: dtor b11
// CHECK-NEXT: dtor box b1
// CHECK-NEXT: dtor b1
// CHECK-NEXT: dtor box b61
// CHECK-NEXT: dtor b61
// CHECK-NEXT: dtor box b51
// CHECK-NEXT: dtor b51
// CHECK-NEXT: closed

// Declared again on each round of a goto: the object dies with it each time.
template <class T> corogen::generator<int, int> again(T t) {
  T round = 0;
back:
  const auto &r = make(t + round).t;
  CORO_YIELD(round);
  say("use ", r.name());
  if (++round < 2)
    goto back;
}
// CHECK-LABEL: {{^}}again
// CHECK-NEXT: ctor b5
// CHECK-NEXT: got 0
// CHECK-NEXT: use b5
// CHECK-NEXT: dtor box b5
// CHECK-NEXT: dtor b5
// CHECK-NEXT: ctor b6
// CHECK-NEXT: got 1
// CHECK-NEXT: use b6
// CHECK-NEXT: dtor box b6
// CHECK-NEXT: dtor b6
// CHECK-NEXT: stop

int main() {
  say("parts");
  trace::drive(parts(1));
  say("parts closed");
  trace::close_at_first(parts(1));
  say("parts closed in the loop");
  {
    auto g = parts(1);
    say("got ", g.next());
    say("got ", g.send(2));
    g.close();
    say("closed");
  }
  say("again");
  trace::drive(again(5));
}
