// A header whose generator corogen rewrites; header-generator.cpp includes
// the output.
#ifndef COROGEN_LIT_GEN_HPP
#define COROGEN_LIT_GEN_HPP

#include <corogen/corogen.hpp>

inline corogen::generator<int> squares(int n) {
  for (int i = 1; i <= n; ++i)
    CORO_YIELD(i * i);
}

#endif // COROGEN_LIT_GEN_HPP
