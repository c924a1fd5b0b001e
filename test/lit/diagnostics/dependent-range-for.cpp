// A range-for that suspends, over a range whose type depends on a template
// parameter: clang makes no iterators for it, and their types cannot be
// named in the frame; rejected with what to write instead. (Over a range of
// a known type, a template's range-for is transformed: see
// run/range-for-value.cpp.)
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <vector>

template <class Container> corogen::generator<int> doubled(const Container &c) {
  // CHECK: :[[@LINE+1]]:3: error: this range-for suspends, and its range's type depends on a template parameter
  for (const auto &x : c) {
    CORO_YIELD(x * 2);
  }
}

template <class T> corogen::generator<int> fixed(T scale) {
  std::vector<int> items{1, 2};
  for (int x : items)
    CORO_YIELD(x * static_cast<int>(scale));
}
