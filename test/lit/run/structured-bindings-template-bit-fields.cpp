// Structured bindings whose type depends on a template parameter name
// bit-fields, which no reference or pointer reaches: the names are the
// bindings they were after each resume (corogen declares them again, bound
// to the object it keeps, as the source declared them). A copy's bindings
// change the copy, a reference's the object; decltype of a name is the
// member's declared type; a name is read after a resume, and in the
// initialiser of a local that corogen makes in a lambda, assigned a value
// that send gives, read as the operand of a call whose other argument
// suspends, inside a try block that throw_exception enters, around a goto
// that loops back across a yield, and in a range-for's loop variable. A
// pair and a tuple-like type whose get makes new objects go through the same
// declaration (its get is called once per binding, not on each resume).
// Python has no bit-fields: the lines follow C++.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using trace::drive;
using trace::say;

struct Bits {
  unsigned lo : 3;
  unsigned hi : 5;
};

int twice(unsigned x, int y) { return int(x) * 2 + y; }

template <class T> corogen::generator<int, int> bits(T t) {
  auto &[x, y] = t; // t's own members
  auto [lo, hi] = t; // a copy of t
  auto sum = lo + hi;
  static_assert(std::is_same<decltype(lo), unsigned>::value, "the member's declared type");
  CORO_YIELD(int(lo));
  lo = CORO_YIELD(int(hi)); // of Bits, 7 after send(15): lo is 3 bits wide
  say("copy ", lo, " ", hi, ", t ", x, ", sum ", sum);
  x = 5;
  say("x ", x, " twice ", twice(y, CORO_YIELD(int(x))));
  try {
    CORO_YIELD(100);
  } catch (const std::runtime_error &e) {
    say("caught ", e.what(), " with y ", y);
    ++y;
  }
  int round = 0;
again:
  CORO_YIELD(int(y) + round);
  if (++round < 2)
    goto again;
  say("y ", y);
}

template <class V> corogen::generator<int, int> elements(V &v) {
  for (auto &[lo, hi] : v) {
    hi = CORO_YIELD(int(lo));
    if (lo == 2)
      continue;
    lo = 0;
  }
  for (const auto [lo, hi] : v)
    say("element ", lo, " ", hi, " ", sizeof(decltype(hi)));
}

/// Tuple-like, with a get found by argument-dependent lookup that makes a
/// Tracer of each name.
namespace made {
struct Names {
  std::string first, second;
};
template <std::size_t I> trace::Tracer get(const Names &n) {
  say("get<", I, ">");
  return trace::Tracer(I == 0 ? n.first : n.second);
}
} // namespace made

namespace std {
template <> struct tuple_size<made::Names> : std::integral_constant<std::size_t, 2> {};
template <std::size_t I> struct tuple_element<I, made::Names> {
  using type = trace::Tracer;
};
} // namespace std

template <class T> corogen::generator<int, int> tuples(T t) {
  auto [first, second] = t;
  static_assert(std::is_same<decltype(first), trace::Tracer>::value, "tuple_element");
  CORO_YIELD(1);
  say("first ", first.name(), " second ", second.name());
  CORO_YIELD(2);
  say("again ", first.name());
}

int main() {
  say("-- bits");
  auto g = bits(Bits{3, 17});
  say("got ", g.next());
  // CHECK-LABEL: -- bits
  // CHECK-NEXT:  got 3
  say("got ", g.send(0));
  // CHECK-NEXT:  got 17
  say("got ", g.send(15));
  // CHECK-NEXT:  copy 7 17, t 3, sum 20
  // CHECK-NEXT:  got 5
  say("got ", g.send(1));
  // CHECK-NEXT:  x 5 twice 35
  // CHECK-NEXT:  got 100
  say("got ", g.throw_exception(std::runtime_error("oops")));
  // CHECK-NEXT:  caught oops with y 17
  // CHECK-NEXT:  got 18
  say("got ", g.next());
  // CHECK-NEXT:  got 19
  try {
    g.next();
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
  // CHECK-NEXT:  y 18
  // CHECK-NEXT:  stop

  say("-- elements");
  std::vector<Bits> v{{1, 10}, {2, 20}, {3, 30}};
  drive(elements(v));
  // CHECK-LABEL: -- elements
  // CHECK-NEXT:  got 1
  // CHECK-NEXT:  got 2
  // CHECK-NEXT:  got 3
  // CHECK-NEXT:  element 0 2 4
  // CHECK-NEXT:  element 2 3 4
  // CHECK-NEXT:  element 0 4 4
  // CHECK-NEXT:  stop

  say("-- pair");
  drive(bits(std::pair<unsigned, unsigned>(2, 9)));
  // CHECK-LABEL: -- pair
  // CHECK-NEXT:  got 2
  // CHECK-NEXT:  got 9
  // CHECK-NEXT:  copy 10 9, t 2, sum 11
  // CHECK-NEXT:  got 5
  // CHECK-NEXT:  x 5 twice 24
  // CHECK-NEXT:  got 100
  // CHECK-NEXT:  got 9
  // CHECK-NEXT:  got 10
  // CHECK-NEXT:  y 9
  // CHECK-NEXT:  stop

  say("-- tuples");
  drive(tuples(made::Names{"x", "y"}));
  // CHECK-LABEL: -- tuples
  // CHECK-NEXT:  get<0>
  // CHECK-NEXT:  ctor x
  // CHECK-NEXT:  get<1>
  // CHECK-NEXT:  ctor y
  // CHECK-NEXT:  got 1
  // CHECK-NEXT:  first x second y
  // CHECK-NEXT:  got 2
  // CHECK-NEXT:  again x
  // CHECK-NEXT:  dtor y
  // CHECK-NEXT:  dtor x
  // CHECK-NEXT:  stop
}
