// In a template, `auto` locals and suspending range-fors whose types depend
// on a template parameter and whose initialiser or range names locals of the
// body: the frame names each type through decltype of the text, with every
// local in it read as an lvalue of its type (frame locals, a reference, an
// array, a static local), initialised with `=`, `(e)` or `{e}`. `auto` decays, `auto &` refers to what it was bound
// to (the same object, checked by address), a class with a destructor is
// made once and destroyed in order; a range-for over an expression of
// locals (here a map's element, by reference) iterates that very object.
// Python twin:
//   def walk(items, extra):
//       v = list(items); n = len(v); it = 0            # it: an index into v
//       first = v[0]                                    # first: v[0], by reference
//       names = {"k": [extra, extra + 1]}
//       arr = [items[0] * 10, 0]
//       tr = Tracer("t" + str(n))
//       yield n; yield v[it]; it += 1; yield v[it]
//       v[0] += 100; yield first
//       for x in names["k"]: yield x
//       paren = len(v) + 1; braced = v[-1]   # (taken before v[0] changes)
//       yield arr[0]; yield calls + extra   # calls: a static local, 0
//       yield paren; yield braced
//       del tr
//   for x in walk([3, 4, 5], 7): print("got", x)
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <map>
#include <string>
#include <type_traits>
#include <vector>

using trace::say;
using trace::Tracer;

template <class T> Tracer tracerOf(const T &v) { return Tracer("t" + std::to_string(v.size())); }

template <class T> corogen::generator<T> walk(std::vector<T> items, T extra) {
  static int calls = 0;
  std::vector<T> v = items;
  auto n = v.size();
  auto it = v.begin();
  auto &first = v.front();
  std::map<std::string, std::vector<T>> names{{"k", {extra, T(extra + 1)}}};
  T arr[2] = {T(items[0] * 10), T()};
  auto tenfold = arr[0];
  auto counted = calls + extra;
  auto paren(v.size() + 1);
  auto braced{v.back()};
  auto tr = tracerOf(v);
  static_assert(std::is_same<decltype(it), typename std::vector<T>::iterator>::value, "");
  static_assert(std::is_same<decltype(first), T &>::value, "");
  CORO_YIELD(static_cast<T>(n));
  CORO_YIELD(*it);
  ++it;
  CORO_YIELD(*it);
  v[0] += 100;
  say(&first == &v[0] ? "first refers to v[0]" : "first is a copy");
  CORO_YIELD(first);
  for (const auto &x : names.at("k")) {
    say(&x == &names.at("k")[0] || &x == &names.at("k")[1] ? "x in the map" : "x is a copy");
    CORO_YIELD(x);
  }
  CORO_YIELD(tenfold);
  CORO_YIELD(static_cast<T>(counted));
  CORO_YIELD(static_cast<T>(paren));
  CORO_YIELD(braced);
  static_assert(std::is_same<decltype(braced), T>::value, "auto x{e} is e's type");
}

int main() {
  for (int x : walk(std::vector<int>{3, 4, 5}, 7))
    say("got ", x);
  // CHECK:      ctor t3
  // CHECK-NEXT: got 3
  // CHECK-NEXT: got 3
  // CHECK-NEXT: got 4
  // CHECK-NEXT: first refers to v[0]
  // CHECK-NEXT: got 103
  // CHECK-NEXT: x in the map
  // CHECK-NEXT: got 7
  // CHECK-NEXT: x in the map
  // CHECK-NEXT: got 8
  // CHECK-NEXT: got 30
  // CHECK-NEXT: got 7
  // CHECK-NEXT: got 4
  // CHECK-NEXT: got 5
  // CHECK-NEXT: dtor t3
}
