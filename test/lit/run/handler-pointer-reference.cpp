// A handler's const reference to the pointer it catches, living across a
// suspension, refers to a copy of the pointer that the frame keeps: g++
// binds such a reference to storage of the handler's own (the pointer
// adjusted to the caught type), which ends when corogen's stub handler
// does, and reading it after the suspension read garbage under g++
// before. Also of a type the frame cannot name (kept in a box with the
// copy), and one whose name stands inside its declarator.
// (-Wno-parentheses: g++ warns of the parentheses around `again` in the
// source's own declarator, as the output keeps them.)
// RUN: %run-both %s %t -Wno-parentheses | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

static int two[2] = {1, 2};

corogen::generator<int> nameable() {
  try {
    throw &two[0];
  } catch (int *const &p) {
    CORO_YIELD(p[1]);
    CORO_YIELD(p[0]);
  }
  try {
    throw &two[1];
  } catch (const int *const &q) { // (a qualification conversion)
    CORO_YIELD(*q);
  }
}

corogen::generator<int> unnameable() {
  struct Local {
    int v;
  };
  static Local pair[2] = {{3}, {4}};
  try {
    throw &pair[0];
  } catch (Local *const &p) {
    CORO_YIELD(p[1].v);
    CORO_YIELD(p[0].v);
  }
  try {
    throw &pair;
  } catch (Local (*const &arr)[2]) {
    CORO_YIELD((*arr)[1].v);
  }
  try {
    throw &pair;
  } catch (Local (*const &(again))[2]) { // (the name in parentheses of its own)
    CORO_YIELD((*again)[0].v);
  }
}

int main() {
  for (int v : nameable())
    say("nameable ", v);
  // CHECK:      nameable 2
  // CHECK-NEXT: nameable 1
  // CHECK-NEXT: nameable 2
  for (int v : unnameable())
    say("unnameable ", v);
  // CHECK-NEXT: unnameable 4
  // CHECK-NEXT: unnameable 3
  // CHECK-NEXT: unnameable 4
  // CHECK-NEXT: unnameable 3
}
