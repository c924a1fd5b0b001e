// The address of a local or a parameter never changes while the generator
// lives: not across suspensions, and not when its handle moves.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <utility>

using trace::say;

corogen::generator<const void *> addresses(std::string param) {
  std::string local = "x";
  CORO_YIELD(&param);
  CORO_YIELD(&local);
  CORO_YIELD(&param);
  CORO_YIELD(&local);
}

int main() {
  corogen::generator<const void *> g = addresses("p");
  const void *param = g.next();
  const void *local = g.next();
  corogen::generator<const void *> moved = std::move(g);
  say("param stable: ", moved.next() == param);
  // CHECK:      param stable: 1
  say("local stable: ", moved.next() == local);
  // CHECK-NEXT: local stable: 1
}
