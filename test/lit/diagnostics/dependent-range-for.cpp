// A range-for that suspends over a range whose type depends on a template
// parameter: the frame names the iterators' types through decltype of the
// range, outside the body, reading the locals it names as lvalues of their
// types (run/range-for-in-template.cpp,
// run/range-for-over-local-in-template.cpp,
// run/auto-from-locals-in-template.cpp), or through a lambda that returns
// it where it holds a lambda (run/auto-from-lambda-in-template.cpp), with
// `decltype(x)` of a local spelled as its declared type
// (run/auto-helper-bindings-in-template.cpp); where it cannot, in boxes
// (run/unnameable-range-for.cpp). Rejected when the range names a local in
// `decltype(x)` written inside a macro, which corogen cannot rewrite, and
// holds a lambda, which the boxes' decltype of the range may not hold.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <vector>

#define TYPE_OF(x) decltype(x)

template <class T> corogen::generator<T> copies(T a, T b) {
  std::vector<T> local{a, b};
  // CHECK: :[[@LINE+1]]:3: error: this range-for suspends, and its range's type depends on a template parameter
  for (const auto &x : [&]() -> const TYPE_OF(local) & { return local; }())
    CORO_YIELD(x);
}
