// A range-for that suspends over a range whose type depends on a template
// parameter, where the range is an expression that names a local of the
// generator's body: the frame names the iterators' types through decltype of
// the range, outside the body, where the local does not exist. (Over
// parameters, members, or a local named alone it works:
// run/range-for-in-template.cpp, run/range-for-over-local-in-template.cpp.)
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <vector>

template <class T> const T &self(const T &t) { return t; }

template <class T> corogen::generator<T> copies(T a, T b) {
  std::vector<T> local{a, b};
  // CHECK: :[[@LINE+1]]:3: error: this range-for suspends, and its range's type depends on a template parameter
  for (const auto &x : self(local))
    CORO_YIELD(x);
}
