// __func__ inside a macro's definition, expanded in a generator, cannot be
// rewritten: a warning says it names the generated function (the output is
// still written).
// RUN: %corogen %s -o %t.cpp -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <string>

#define HERE() std::string(__func__)

corogen::generator<std::string> gen() {
  CORO_YIELD("start");
  // CHECK: :[[@LINE+1]]:23: warning: '__func__' inside the macro 'HERE' names the generated function 'corogen_body', not the generator
  std::string where = HERE();
  CORO_YIELD(where);
}
