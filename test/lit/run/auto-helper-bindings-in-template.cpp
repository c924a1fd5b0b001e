// In a template, dependent `auto` locals, structured bindings and a
// suspending range-for whose initialiser or range goes whole into the
// frame's never-called lambda (it holds a lambda, or names a local or a
// binding inside a macro) and also names a structured binding, or a local
// in `decltype(x)`: the lambda takes the bindings it names as
// parameters, lvalues of their referenced types, and `decltype(x)` is
// spelled as the declared type (the parameter's would be a reference). A
// structured binding whose initialiser holds a lambda or a macro is kept
// too: its hidden object made once, from the prvalue the lambda returns,
// or bound to what the macro names; `decltype(x)` of a binding without a
// lambda is its referenced type, and `decltype(x)::` of a const static
// local names a member of its class. Python twin:
//   def gen(items, limit):
//       v = list(items)
//       tr, k = Tracer("pair"), limit          # from a lambda's pair
//       lo, hi = v[0]                          # FIRST(v), by reference
//       n = lo + sum(1 for a, b in v if a > 1)
//       c = limit + 1; m = hi + hi; q = hi
//       yield k; yield n; yield c; yield m; yield q
//       v[0] = (7, 8); yield lo               # lo refers to v[0]
//       sv = [1, 2, 3]; yield len(sv) + sv[0]  # a static const local
//       for a, b in v: yield b
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <algorithm>
#include <type_traits>
#include <utility>
#include <vector>

using trace::say;
using trace::Tracer;

#define FIRST(v) (v).front()
#define TWICE(x) ((x) + (x))

template <class T> corogen::generator<T> gen(std::vector<std::pair<T, T>> items, T limit) {
  std::vector<std::pair<T, T>> v = items;
  auto [tr, k] = [&] { return std::make_pair(Tracer("pair"), limit); }();
  auto &[lo, hi] = FIRST(v);
  auto n = lo + std::count_if(v.begin(), v.end(), [](const std::pair<T, T> &p) { return p.first > 1; });
  auto c = [&] { return static_cast<typename decltype(v)::value_type::first_type>(limit + 1); }();
  auto m = TWICE(hi);
  auto q = decltype(hi)(hi);
  static const std::vector<T> sv{T(1), T(2), T(3)};
  auto s = [&] { return typename decltype(sv)::size_type(sv.size()); }();
  auto t = typename decltype(sv)::size_type(sv[0]);
  static_assert(std::is_same<decltype(c), T>::value, "decltype(v) is the vector");
  static_assert(std::is_same<decltype(q), T>::value, "decltype(hi) is T");
  CORO_YIELD(k);
  CORO_YIELD(static_cast<T>(n));
  CORO_YIELD(c);
  CORO_YIELD(m);
  CORO_YIELD(q);
  v[0] = std::make_pair(T(7), T(8));
  CORO_YIELD(lo);
  CORO_YIELD(static_cast<T>(s + t));
  say("tracer ", tr.name());
  for (const auto &p : [&]() -> const decltype(v) & { return v; }())
    CORO_YIELD(p.second);
}

int main() {
  // The lambda's pair is the hidden object itself: the Tracer is moved
  // into it by make_pair, and the moved-from temporary dies at the end of
  // the lambda's return statement.
  // CHECK: ctor pair
  // CHECK-NEXT: move pair
  // CHECK-NEXT: dtor (moved-from) pair
  // CHECK-NEXT: int 5
  // lo is 1, and one first element (3) is greater than 1.
  // CHECK-NEXT: int 2
  // CHECK-NEXT: int 6
  // CHECK-NEXT: int 4
  // CHECK-NEXT: int 2
  // CHECK-NEXT: int 7
  // CHECK-NEXT: int 4
  // CHECK-NEXT: tracer pair
  // CHECK-NEXT: int 8
  // CHECK-NEXT: int 4
  // CHECK-NEXT: dtor pair
  for (int x : gen(std::vector<std::pair<int, int>>{{1, 2}, {3, 4}}, 5))
    say("int ", x);
  // CHECK-NEXT: ctor pair
  // CHECK-NEXT: move pair
  // CHECK-NEXT: dtor (moved-from) pair
  // CHECK-NEXT: long 0
  // lo is 2, and 2 > 1.
  // CHECK-NEXT: long 3
  // CHECK-NEXT: long 1
  // CHECK-NEXT: long 18
  // CHECK-NEXT: long 9
  // Closed at a suspension: the hidden pair dies.
  // CHECK-NEXT: dtor pair
  // CHECK-NEXT: closed
  auto g = gen(std::vector<std::pair<long, long>>{{2, 9}}, 0L);
  for (int i = 0; i != 5; ++i)
    say("long ", g.next());
  g.close();
  say("closed");
}
