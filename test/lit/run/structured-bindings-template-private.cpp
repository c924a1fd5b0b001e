// Structured bindings whose type depends on a template parameter, of a
// class's private members, where the generator may bind them: a member
// generator of the class template, and a friend. corogen reaches the
// members through a structured binding that it declares in the generator,
// where access is checked as for the source's declaration (the runtime's
// own, outside, could not reach them). The bindings name the object's
// members: an assignment through one changes the object.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <type_traits>

using trace::drive;
using trace::say;

template <class T> class Pair {
  T a, b;

public:
  Pair(T x, T y) : a(x), b(y) {}
  corogen::generator<int, int> walk() {
    auto &[x, y] = *this;
    CORO_YIELD(int(x));
    x = T(7);
    static_assert(std::is_same<decltype(y), T>::value, "the member's type");
    CORO_YIELD(int(x + y));
  }
  T first() const { return a; }
  template <class U> friend corogen::generator<int, int> copy_of(U u);
};

template <class U> corogen::generator<int, int> copy_of(U u) {
  auto [x, y] = u;
  CORO_YIELD(int(y));
  y = x;
  CORO_YIELD(int(y) * 10);
}

int main() {
  say("member");
  Pair<int> p(1, 2);
  drive(p.walk());
  say("a ", p.first());
  say("friend");
  drive(copy_of(Pair<long>(3, 4)));
}
// CHECK-LABEL: member
// CHECK-NEXT: got 1
// CHECK-NEXT: got 9
// CHECK-NEXT: stop
// CHECK-NEXT: a 7
// CHECK-LABEL: friend
// CHECK-NEXT: got 4
// CHECK-NEXT: got 30
// CHECK-NEXT: stop
