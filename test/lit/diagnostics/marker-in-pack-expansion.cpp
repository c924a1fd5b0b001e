// A marker inside a pack expansion, a fold expression or a pattern before
// `...`, would suspend once for each element of the pack: corogen
// translates a CORO_YIELD that is the whole pattern of a fold over `,`
// standing as a statement, whose operand expands one function parameter
// pack (run/yield-in-fold.cpp), and refuses the others, with the advice
// to write that or loop over the elements (run/yield-over-pack.cpp).
// Before, the tool wrote the pattern out of its expansion, which did not
// compile.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

int sum(int a, int b) { return a + b; }
int twice(int a) { return 2 * a; }

template <class... Ts> corogen::generator<int, int> each(Ts... ts) {
  // A fold that reads the value, over another operator, or in a larger
  // expression.
  // CHECK: :[[@LINE+1]]:14: error: CORO_YIELD in a pack expansion (a fold expression, or a pattern before '...') would suspend once for each element of the pack, which corogen translates only for a CORO_YIELD (or CORO_YIELD_FROM) that is the whole pattern of a fold over ',' standing as a statement, of one function parameter pack, '(CORO_YIELD(f(ts)), ...);'; write that, or a loop over the elements (a range-for over a braced list of them, say)
  (twice(int(CORO_YIELD(ts))), ...);
  // CHECK: :[[@LINE+1]]:16: error: CORO_YIELD in a pack expansion
  int s = (int(CORO_YIELD(ts)) + ...);
  // CHECK: :[[@LINE+1]]:13: error: CORO_YIELD in a pack expansion
  int n = ((CORO_YIELD(ts)), ..., 0);
  // A pattern before `...`.
  // CHECK: :[[@LINE+1]]:22: error: CORO_YIELD in a pack expansion
  CORO_YIELD(sum(int(CORO_YIELD(ts))...));
  // CHECK: :[[@LINE+1]]:21: error: CORO_YIELD in a pack expansion
  int all[] = {(int(CORO_YIELD(ts)) + 1)...};
  // Of a type pack too, or of the count.
  // CHECK: :[[@LINE+1]]:4: error: CORO_YIELD in a pack expansion
  (CORO_YIELD(static_cast<Ts>(ts)), ...);
  // CHECK: :[[@LINE+1]]:4: error: CORO_YIELD in a pack expansion
  (CORO_YIELD(ts + int(sizeof...(ts))), ...);
  CORO_YIELD(all[0] + s + n);
}

int main() { each(1, 2); }
