// __func__ inside a generator names the generator, as it would before the
// transformation (not the frame's member function that runs the body).
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;

corogen::generator<std::string> fibonacci() {
  std::string name = __func__;
  CORO_YIELD(name);
  CORO_YIELD(__func__);
}

struct Widget {
  corogen::generator<std::string> parts() { CORO_YIELD(__func__); }
};

int main() {
  for (const std::string &v : fibonacci())
    say(v);
  // CHECK:      fibonacci
  // CHECK-NEXT: fibonacci
  Widget w;
  for (const std::string &v : w.parts())
    say(v);
  // CHECK-NEXT: parts
}
