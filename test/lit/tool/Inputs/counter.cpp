// A small annotated input for the command-line tests; it includes a header
// beside it, for the depfile.
#include <corogen/corogen.hpp>

#include "counter-limit.hpp"

corogen::generator<int> counter() {
  for (int i = 0; i < kCounterLimit; ++i)
    CORO_YIELD(i);
}

int main() {
  int sum = 0;
  for (int v : counter())
    sum += v;
  return sum == 3 ? 0 : 1;
}
