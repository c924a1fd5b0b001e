// An operand evaluated before a nested marker would have to be kept across
// the suspension, but it made a temporary that its value still refers to
// (a reference returned into it): corogen rejects it rather than let the
// kept value dangle.
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <string>

int use(int, int);
const std::string &id(const std::string &s);

corogen::generator<int, int> gen() {
  // CHECK: :[[@LINE+1]]:62: error: CORO_YIELD here would need 'static_cast<int>(id(std::string("x")).size())' kept across the suspension, which corogen cannot do faithfully yet (it makes a temporary that must live to the end of the statement)
  int e = use(static_cast<int>(id(std::string("x")).size()), CORO_YIELD(6));
  CORO_YIELD(e);
}
