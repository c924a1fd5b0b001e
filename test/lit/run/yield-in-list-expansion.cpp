// A marker in the pattern of a pack expansion that is an element of a
// braced list: the C++14 way to run something for each element of a pack,
// `using expand = int[]; (void)expand{0, (CORO_YIELD(ts), 0)...};` and
// `int dummy[] = {0, (CORO_YIELD(ts), 0)...};`, and a list whose value is
// kept, `std::vector<int> got{int(CORO_YIELD(ts))...};` (Python: `got =
// [(yield t) for t in ts]`). Each element's turn yields and keeps the
// pattern's value, first to last; then the list is made, its elements
// reading the kept values in turn, as C++ evaluates a braced list's
// elements first to last (the elements before the expansion are literals,
// read the same after the turns). Where nothing is sent, the marker's value
// is dropped (the left of a comma). An empty pack yields nothing; a list
// in a loop runs again; close() during the turns makes no list; a list in
// a larger expression that evaluates before it only names works too.
// RUN: %run-both %s %t | FileCheck %s
// RUN: %run-both %s %t14 -std=c++14 | FileCheck %s
#include <corogen/corogen.hpp>

#include <iostream>
#include <vector>

// (C++14: no trace.hpp.) Sends one more than each value yielded.
template <class G> void drive(G g) {
  try {
    int v = g.next();
    for (;;) {
      std::cout << "got " << v << "\n";
      v = g.send(v + 1);
    }
  } catch (corogen::stop_iteration &) {
    std::cout << "stop\n";
  }
}

template <class... Ts> corogen::generator<int> each(Ts... ts) {
  using expand = int[];
  (void)expand{0, (CORO_YIELD(int(ts)), 0)...};
  int dummy[] = {0, (CORO_YIELD(int(ts) * 10), 0)...};
  std::cout << "dummy " << sizeof(dummy) / sizeof(int) << " " << dummy[0] << "\n";
}

template <class... Ts> corogen::generator<int, int> lists(Ts... ts) {
  std::vector<int> got{int(CORO_YIELD(int(ts)))...};
  for (int v : got)
    std::cout << "kept " << v << "\n";
  for (int round = 0; round < 2; ++round) {
    long sums[] = {-1, (long(CORO_YIELD(round * 100 + int(ts))) + round)...};
    std::cout << "round " << round << ": " << sums[0] << " " << sums[1] << " "
              << sums[sizeof...(ts)] << "\n";
  }
  // (In a larger expression that evaluates before it only names: the
  // turns, then the statement.)
  std::size_t n = 0, before = got.size();
  n = before + std::vector<int>{int(CORO_YIELD(int(ts) + 50))...}.size();
  std::cout << "n " << n << "\n";
}

int main() {
  for (int v : each(1, 'a', 3))
    std::cout << "each " << v << "\n";
  // CHECK:      each 1
  // CHECK-NEXT: each 97
  // CHECK-NEXT: each 3
  // CHECK-NEXT: each 10
  // CHECK-NEXT: each 970
  // CHECK-NEXT: each 30
  // CHECK-NEXT: dummy 4 0
  for (int v : each())
    std::cout << "never " << v << "\n";
  // CHECK-NEXT: dummy 1 0
  drive(lists(4, 5));
  // CHECK-NEXT: got 4
  // CHECK-NEXT: got 5
  // CHECK-NEXT: kept 5
  // CHECK-NEXT: kept 6
  // CHECK-NEXT: got 4
  // CHECK-NEXT: got 5
  // CHECK-NEXT: round 0: -1 5 6
  // CHECK-NEXT: got 104
  // CHECK-NEXT: got 105
  // CHECK-NEXT: round 1: -1 106 107
  // CHECK-NEXT: got 54
  // CHECK-NEXT: got 55
  // CHECK-NEXT: n 4
  // CHECK-NEXT: stop
  {
    auto g = lists(7, 8);
    std::cout << "got " << g.next() << "\n";
    g.close();
    std::cout << "closed\n";
  }
  // CHECK-NEXT: got 7
  // CHECK-NEXT: closed
}
