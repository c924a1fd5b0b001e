// A marker inside a pack expansion, a fold expression or a pattern before
// `...`, would suspend once for each element of the pack: refused, with the
// advice to loop over the elements (which run/yield-over-pack.cpp does).
// Before, the tool wrote the pattern out of its expansion, which did not
// compile.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

int sum(int a, int b) { return a + b; }

template <class... Ts> corogen::generator<int, int> each(Ts... ts) {
  // CHECK: :[[@LINE+1]]:5: error: CORO_YIELD in a pack expansion (a fold expression, or a pattern before '...') would suspend once for each element of the pack, which corogen does not translate yet; write a statement for each element, or a loop over them (a range-for over a braced list of the elements, say)
  ((CORO_YIELD(int(ts))), ...);
  // CHECK: :[[@LINE+1]]:22: error: CORO_YIELD in a pack expansion
  CORO_YIELD(sum(int(CORO_YIELD(ts))...));
  // CHECK: :[[@LINE+1]]:21: error: CORO_YIELD in a pack expansion
  int all[] = {(int(CORO_YIELD(ts)) + 1)...};
  CORO_YIELD(all[0]);
}

int main() { each(1, 2); }
