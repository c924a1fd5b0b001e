// A range-for that suspends keeps its range and its iterators in the frame;
// where their types cannot be named there (a class defined in the body, or
// a type made of one), it keeps them in boxes (run/unnameable-range-for.cpp,
// run/unnameable-range-for-braced-list.cpp), a braced list as the runtime's
// braced_range its elements deduce (as the std::initializer_list would),
// also before C++17, and where an element is itself a braced list (which
// deduces nothing), by decltype of the other elements' text; but not, where
// that decltype names the type (before C++17, or beside an element that is
// a braced list), a list whose element holds a lambda (decltype may hold
// none before C++20, and the text written again would make another type).
// Iterating with iterators declared before the loop works.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not %corogen %s -- %cxxflags -std=c++14 2>&1 | FileCheck %s --check-prefixes=CHECK,CXX14 --implicit-check-not=error:
#include <corogen/corogen.hpp>

#include <cstddef>
#include <utility>
#include <vector>


corogen::generator<int> loops() {
  struct Three {
    int a[3];
    int *begin() { return a; }
    int *end() { return a + 3; }
  };
  Three r{{1, 2, 3}};
  struct Point {
    int x;
  };
  for (const Point &p : {Point{1}, Point{2}})
    CORO_YIELD(p.x);
  // (run/unnameable-range-for-braced-list.cpp)
  for (const Point &p : {Point{1}, {2}})
    CORO_YIELD(p.x);
  for (auto f : {[&r] { return r.a[0]; }})
    CORO_YIELD(f());
  for (const Point &p : {Point{[&r] { return r.a[1]; }()}, {2}})
    CORO_YIELD(p.x);
  // CXX14: :[[@LINE-4]]:3: error: this range-for suspends, and the type of its range or of its iterators cannot be named outside the generator's body; corogen then keeps them in boxes, but not where the range is a braced list with an element that holds a lambda, before C++17 or beside an element that is a braced list, nor where the loop variable comes from a macro; iterate with iterators declared before the loop ('auto it = r.begin(), end = r.end();')
  // CHECK: :[[@LINE-3]]:3: error: this range-for suspends, and the type of its range or of its iterators cannot be named outside the generator's body; corogen then keeps them in boxes, but not where the range is a braced list with an element that holds a lambda, before C++17 or beside an element that is a braced list
  // CXX14: :[[@LINE-6]]:13: error: 'f' lives across a suspension, but its type cannot be named
  // CHECK: :[[@LINE-5]]:21: error: 'p' lives across a suspension, but its type cannot be named
  std::vector<Point> points{{7}, {8}};
  auto it = points.begin(), end = points.end();
  for (; it != end; ++it)
    CORO_YIELD(it->x);
  // A prvalue that holds a lambda is kept by value, and a glvalue by
  // address (run/unnameable-references-from-lambdas.cpp).
  for (int x : [] { return Three{{4, 5, 6}}; }())
    CORO_YIELD(x);
  for (int x : [&]() -> Three & { return r; }())
    CORO_YIELD(x);
}
