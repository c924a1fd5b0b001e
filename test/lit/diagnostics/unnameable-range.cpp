// A range-for that suspends keeps its range and its iterators in the frame,
// in members of their types: where one of them is a class defined in the
// body (or a type made of one), the frame cannot name it, and corogen
// refuses the loop (before, its output did not compile). Iterating by
// index, or with iterators declared alone before the loop, which corogen
// keeps in boxes, works; so does a range-for that does not suspend.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

#include <vector>

corogen::generator<int> loops() {
  struct Three {
    int a[3];
    int *begin() { return a; }
    int *end() { return a + 3; }
  };
  Three r{{1, 2, 3}};
  // CHECK: :[[@LINE+1]]:3: error: this range-for suspends, but the type of its range or of its iterators cannot be named outside the generator's body, and the frame keeps them in members of those types; iterate by index, or with iterators declared alone before the loop ('auto it = r.begin();'), which corogen keeps in boxes
  for (int x : r)
    CORO_YIELD(x);
  // CHECK: :[[@LINE+1]]:3: error: this range-for suspends, but the type of its range
  for (int x : Three{{4, 5, 6}})
    CORO_YIELD(x);
  struct Point {
    int x;
  };
  std::vector<Point> points{{7}, {8}};
  // The iterators' type is std::vector<Point>::iterator, and the loop
  // variable's is Point:
  // CHECK: :[[@LINE+2]]:3: error: this range-for suspends, but the type of its range
  // CHECK: :[[@LINE+1]]:21: error: 'p' lives across a suspension, but its type cannot be named
  for (const Point &p : points)
    CORO_YIELD(p.x);
  auto it = points.begin();
  auto end = points.end();
  for (; it != end; ++it)
    CORO_YIELD(it->x);
  for (std::size_t i = 0; i < points.size(); ++i)
    CORO_YIELD(points[i].x);
  int sum = 0;
  for (int x : r)
    sum += x;
  CORO_YIELD(sum);
}
