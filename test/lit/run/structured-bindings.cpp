// Structured bindings that live across suspensions: tuple-like (a pair, by
// value), a struct by reference (writes reach the struct), an array by
// reference, and the bindings of a range-for over a map (writes reach the
// map). `decltype` of each names its referenced type, as in C++ (a use of
// the name is an lvalue of that type). Python twin:
//   def binds():
//       n, word = 7, "seven"; yield word + str(n)
//       p = P(1, "one"); yield p.y
//       p.x = 5; yield str(p.x)
//       arr = [3, 4]; a0, a1 = arr; yield str(a0 + a1)
//       m = {1: "a", 2: "b"}
//       for k in m: yield str(k) + m[k]; m[k] += "!"
//       yield m[1] + m[2]
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <map>
#include <string>
#include <type_traits>
#include <utility>

using trace::say;

struct P {
  int x;
  std::string y;
};
std::pair<int, std::string> make() { return {7, "seven"}; }

corogen::generator<std::string> binds() {
  auto [n, word] = make();
  static_assert(std::is_same<decltype(n), int>::value, "the element type");
  static_assert(std::is_same<decltype((n)), int &>::value, "an lvalue");
  CORO_YIELD(word + std::to_string(n));
  P p{1, "one"};
  auto &[x, y] = p;
  static_assert(std::is_same<decltype(x), int>::value, "the member's type");
  decltype(y) &same = y;
  CORO_YIELD(same);
  x = 5;
  CORO_YIELD(std::to_string(p.x));
  int arr[2] = {3, 4};
  auto &[a0, a1] = arr;
  static_assert(std::is_same<decltype(a0), int>::value, "the element's type");
  CORO_YIELD(std::to_string(a0 + a1));
  std::map<int, std::string> m{{1, "a"}, {2, "b"}};
  for (auto &[k, v] : m) {
    CORO_YIELD(std::to_string(k) + v);
    v += "!";
  }
  CORO_YIELD(m[1] + m[2]);
}

int main() {
  for (auto &s : binds())
    say(s);
  // CHECK:      seven7
  // CHECK-NEXT: one
  // CHECK-NEXT: 5
  // CHECK-NEXT: 7
  // CHECK-NEXT: 1a
  // CHECK-NEXT: 2b
  // CHECK-NEXT: a!b!
}
