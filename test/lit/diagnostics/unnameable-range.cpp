// A range-for that suspends keeps its range and its iterators in the frame;
// where their types cannot be named there (a class defined in the body, or
// a type made of one), it keeps them in boxes (run/unnameable-range-for.cpp,
// run/unnameable-range-for-braced-list.cpp), a braced list as the runtime's
// braced_range its elements deduce (as the std::initializer_list would),
// also before C++17, and where an element is itself a braced list (which
// deduces nothing), by decltype of the other elements' text, or, where one
// holds a lambda, of calls of functions that return them
// (run/braced-list-range-standards.cpp); but not where the loop variable
// comes from a macro, whose declaration corogen rewrites. Iterating with
// iterators declared before the loop works.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not %corogen %s -- %cxxflags -std=c++14 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

#include <cstddef>
#include <utility>
#include <vector>


#define POINT_VARIABLE const Point &p

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
  // CHECK: :[[@LINE+1]]:3: error: this range-for suspends, and the type of its range or of its iterators cannot be named outside the generator's body; corogen then keeps them in boxes, but not where the loop variable comes from a macro; iterate with iterators declared before the loop ('auto it = r.begin(), end = r.end();')
  for (POINT_VARIABLE : {Point{3}, {4}})
    CORO_YIELD(p.x);
  // CHECK: :[[@LINE-2]]:8: error: 'p' lives across a suspension and is declared by a macro's expansion
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
