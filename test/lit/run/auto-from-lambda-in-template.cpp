// In a template, `auto` locals and a suspending range-for whose types depend
// on a template parameter and whose initialiser or range holds a lambda, or
// names locals inside a macro: the frame names each type through a lambda,
// never called, that returns the text (decltype may not hold a lambda
// before C++20). `auto` decays, `auto &` refers to the very object, the
// lambda sees the locals it names (a static local too) and the parameters,
// and a range-for over a container that a call with a lambda returns by
// reference iterates that container. Python twin:
//   def gen(items, limit):
//       v = list(items); calls += 1
//       it = next(x for x in v if x > limit + calls - 1)
//       first = v[0]                 # FIRST(v): a macro
//       evens = sum(1 for x in v if x % 2 == 0)
//       yield it; yield first; yield evens
//       v[0] = 100; yield first      # first refers to v[0]: auto &
//       for x in keep_if(v, lambda x: x > 3): yield x
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <algorithm>
#include <vector>

using trace::say;

#define FIRST(v) (v).front()

template <class C, class F> C &keep_if(C &c, F f) {
  c.erase(std::remove_if(c.begin(), c.end(), [&](const typename C::value_type &x) { return !f(x); }),
          c.end());
  return c;
}

template <class T> corogen::generator<T> gen(std::vector<T> items, T limit) {
  std::vector<T> v = items;
  static int calls = 0;
  ++calls;
  auto it = std::find_if(v.begin(), v.end(), [&](const T &x) { return x > limit + calls - 1; });
  auto &first = FIRST(v);
  auto evens = std::count_if(v.begin(), v.end(), [](T x) { return x % 2 == 0; });
  CORO_YIELD(*it);
  CORO_YIELD(first);
  CORO_YIELD(static_cast<T>(evens));
  v[0] = 100;
  CORO_YIELD(first);
  for (auto x : keep_if(v, [](T x) { return x > 3; }))
    CORO_YIELD(x);
}

int main() {
  // CHECK: int 6
  // CHECK-NEXT: int 1
  // CHECK-NEXT: int 2
  // CHECK-NEXT: int 100
  // CHECK-NEXT: int 100
  // CHECK-NEXT: int 4
  // CHECK-NEXT: int 6
  // CHECK-NEXT: int 9
  for (int x : gen(std::vector<int>{1, 4, 6, 9}, 5))
    say("int ", x);
  // The static local counts the calls: the second looks for x > 1.
  // CHECK-NEXT: long 2
  // CHECK-NEXT: long 2
  // CHECK-NEXT: long 1
  // CHECK-NEXT: long 100
  // CHECK-NEXT: long 100
  for (long x : gen(std::vector<long>{2, 3}, 0L))
    say("long ", x);
}
