// Structured bindings of a template whose object is of a type the frame
// cannot name (a class of the body, a class template of one), kept in a
// box: only the instantiation shows whether the object is tuple-like, an
// array or a class. Each binding is bound once, where the declaration
// stands (a tuple-like object's own get<I> is called once per name, on an
// lvalue for `auto &` and for `auto &&` bound to an lvalue, on an xvalue
// otherwise), and the names are the bindings they were after each resume:
// a class's members (bit-fields too, which no reference reaches),
// or what get<I> gave. decltype of a name is the member's declared type,
// or tuple_element's. A `decltype(auto)`, an `auto &&` and a `const auto &`
// local made from the names (kept in boxes that their own initialisers
// make) are a copy, a reference to the binding and a temporary. Before, a
// get other than std::get was refused at instantiation, a bit-field did not
// compile, and those locals did not compile under clang. Python has no
// such bindings: the lines follow C++.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <cstddef>
#include <type_traits>
#include <utility>

using trace::drive;
using trace::say;

/// Tuple-like, with a member get of its own that says how it is called.
template <class T> struct Wrap {
  T first, second;
  template <std::size_t I> T &get() & {
    say("get<", I, "> of an lvalue");
    return I == 0 ? first : second;
  }
  template <std::size_t I> T &&get() && {
    say("get<", I, "> of an xvalue");
    return std::move(I == 0 ? first : second);
  }
};
namespace std {
template <class T> struct tuple_size<::Wrap<T>> : integral_constant<size_t, 2> {};
template <size_t I, class T> struct tuple_element<I, ::Wrap<T>> {
  using type = T;
};
} // namespace std

template <class T> corogen::generator<int, int> wrapped(T t) {
  struct Local {
    T v;
  };
  auto [a, b] = Wrap<Local>{{t}, {t + 1}};
  static_assert(std::is_same<decltype(a), Local>::value, "tuple_element's type");
  CORO_YIELD(int(a.v));
  b.v = CORO_YIELD(int(b.v));
  Wrap<Local> w{{t + 2}, {t + 3}};
  auto &[c, d] = w;
  CORO_YIELD(int(c.v + d.v));
  d.v = 10;
  auto &&[e, f] = w;
  CORO_YIELD(int(f.v));
  auto &&[g, h] = Wrap<Local>{{t + 4}, {t + 5}};
  CORO_YIELD(int(g.v + h.v + b.v));
}

template <class T> corogen::generator<int, int> bits(T t) {
  struct Local {
    T lo : 3;
    T hi : 5;
  };
  auto [lo, hi] = Local{t, T(t + 1)};
  static_assert(std::is_same<decltype(hi), T>::value, "the member's declared type");
  CORO_YIELD(int(lo));
  lo = CORO_YIELD(int(hi)); // 3 bits wide
  say("lo ", lo, " hi ", hi);
}

template <class T> corogen::generator<int, int> refs(T t) {
  struct Local {
    T v;
  };
  auto [a, b] = std::pair<Local, T>(Local{t}, t + 1);
  decltype(auto) d = a; // a Local
  auto &&r = b;
  const auto &k = a.v + b;
  a.v = 0;
  CORO_YIELD(int(d.v + r + k));
  r = 20;
  CORO_YIELD(int(b));
}

int main() {
  say("-- wrapped");
  drive(wrapped(1));
  // CHECK-LABEL: -- wrapped
  // CHECK-NEXT:  get<0> of an xvalue
  // CHECK-NEXT:  get<1> of an xvalue
  // CHECK-NEXT:  got 1
  // CHECK-NEXT:  got 2
  // CHECK-NEXT:  get<0> of an lvalue
  // CHECK-NEXT:  get<1> of an lvalue
  // CHECK-NEXT:  got 7
  // CHECK-NEXT:  get<0> of an lvalue
  // CHECK-NEXT:  get<1> of an lvalue
  // CHECK-NEXT:  got 10
  // CHECK-NEXT:  get<0> of an xvalue
  // CHECK-NEXT:  get<1> of an xvalue
  // CHECK-NEXT:  got 14
  // CHECK-NEXT:  stop
  say("-- bits");
  drive(bits(6u));
  // CHECK-LABEL: -- bits
  // CHECK-NEXT:  got 6
  // CHECK-NEXT:  got 7
  // CHECK-NEXT:  lo 0 hi 7
  // CHECK-NEXT:  stop
  say("-- refs");
  drive(refs(2));
  // CHECK-LABEL: -- refs
  // CHECK-NEXT:  got 10
  // CHECK-NEXT:  got 20
  // CHECK-NEXT:  stop
}
