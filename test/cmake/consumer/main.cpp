#include "countdown.hpp"
#include <cstdio>

int main() {
  auto g = countdown(7);
  for (int v : g)
    std::printf("%d\n", v);
  std::printf("steps %d\n", g.result());
}
