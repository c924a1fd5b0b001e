// In a template, an `auto` local and a suspending range-for whose types
// depend on a template parameter and whose initialiser or range names a
// local in `decltype(x)`: the frame spells it as the local's declared type
// (`const T` for a const local, `T &` for a reference), and a local inside
// a longer decltype operand as an lvalue of its type, as in the source.
// Python twin:
//   def sizes(t):
//       copy = t; k = copy; r = copy; local = [t, t + t]
//       yield len(k); yield len(r); yield 1
//       for x in local: yield len(x)
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <type_traits>
#include <vector>

using trace::say;

template <class T> corogen::generator<int> sizes(T t) {
  const T copy = t;
  T &ref = const_cast<T &>(copy);
  std::vector<T> local{t, t + t};
  auto k = decltype(copy)(t);
  auto r = static_cast<decltype(ref)>(ref);
  auto lvalue = std::is_same<decltype((copy)), const T &>::value;
  static_assert(std::is_same<decltype(k), T>::value, "decltype(copy) is const T");
  static_assert(std::is_same<decltype(r), T>::value, "decltype(ref) is T &");
  CORO_YIELD(static_cast<int>(k.size()));
  CORO_YIELD(static_cast<int>(r.size()));
  CORO_YIELD(lvalue ? 1 : 0);
  for (const auto &x : static_cast<const decltype(local) &>(local))
    CORO_YIELD(static_cast<int>(x.size()));
}

int main() {
  // CHECK: 3
  // CHECK-NEXT: 3
  // CHECK-NEXT: 1
  // CHECK-NEXT: 3
  // CHECK-NEXT: 6
  for (int v : sizes(std::string("abc")))
    say(v);
}
