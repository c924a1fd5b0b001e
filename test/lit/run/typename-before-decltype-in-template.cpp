// In a template, `typename decltype(x)::member` where x is a frame local
// (in a lambda, where decltype(x) names its declared type) or a structured
// binding kept in the frame: corogen replaces `decltype(x)` by a type
// after which `::member` still follows a `typename` as written.
// Python twin:
//   v = [5, 6]; a, b = v, 1
//   yield 1
//   yield (v[0] + len(a)) + len(v) + b     # 5 + 2 + 2 + 1
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>

#include <cstdio>
#include <utility>
#include <vector>

template <class T> corogen::generator<int> gen(T t) {
  T v = t;
  auto [a, b] = std::make_pair(v, 1);
  CORO_YIELD(1);
  typename decltype(a)::size_type n = a.size();
  auto f = [&] {
    typename decltype(v)::value_type x = v[0];
    return int(x + n);
  };
  decltype(v) &w = v;
  CORO_YIELD(f() + int(w.size()) + b);
}

int main() {
  for (int v : gen(std::vector<int>{5, 6}))
    std::printf("%d\n", v);
}
// CHECK: 1
// CHECK-NEXT: 10
