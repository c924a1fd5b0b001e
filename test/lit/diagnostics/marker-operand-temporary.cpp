// An operand evaluated before a nested marker would have to be kept across
// the suspension, but corogen cannot keep it faithfully: it has a destructor
// and stands in the condition of a switch whose type depends on a template
// parameter (corogen keeps a condition's value to destroy the operand
// before the branches run, and cannot name that type: in other conditions
// it does, run/yield-in-condition-temporaries.cpp); or, in a template, it
// depends on a template parameter, so that the temporaries it makes are not
// known before instantiation. (Temporaries that live to the end of the
// statement are kept otherwise, on one side of a condition too:
// run/yield-twice-temporaries.cpp, run/yield-in-short-circuit-temporaries.cpp.)
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <string>

int use(const std::string &, int);

template <class T> corogen::generator<int, int> tgen(T t) {
  // CHECK: :[[@LINE+1]]:33: error: CORO_YIELD here would need 'an operand with a destructor' kept across the suspension, which corogen cannot do faithfully yet (it would be destroyed too late)
  switch (use(std::string("y"), CORO_YIELD(7)) + t) {
  default:
    CORO_YIELD(0);
  }
  // CHECK: :[[@LINE+1]]:47: error: CORO_YIELD here would need 'static_cast<int>(T(t).size())' kept across the suspension, which corogen cannot do faithfully yet (it depends on a template parameter, so its temporaries are not known until the template is instantiated)
  int n = static_cast<int>(T(t).size()) + int(CORO_YIELD(1));
  CORO_YIELD(n);
}
