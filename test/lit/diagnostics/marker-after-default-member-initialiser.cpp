// A designated initializer's list that leaves out a member with a default
// member initialiser that does more than give a constant, before a marker:
// C++ runs it before the marker's element, but its text is in the class,
// where corogen cannot keep its value, so it would run after the
// suspension. Refused; a constant one works
// (run/marker-in-designated-list.cpp).
// RUN: not %corogen %s -- %cxxflags -std=c++20 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

int note(int v);

struct D {
  int a;
  int b = note(77);
  int c;
};

corogen::generator<int, int> g() {
  // CHECK: :[[@LINE+1]]:26: error: CORO_YIELD here would need 'note(77)' kept across the suspension, which corogen cannot do faithfully yet (it is a default member initialiser, which would run after the suspension); compute it into a variable before the statement
  D d{.a = note(1), .c = CORO_YIELD(2)};
  CORO_YIELD(d.b);
}
