// What a marker in a pack expansion would do (refused:
// diagnostics/marker-in-pack-expansion.cpp), written as a loop over the
// pack's elements: a range-for over a braced list of them, which the frame
// keeps across the suspensions, each element converted as the list's
// array converts it.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;

template <class... Ts> corogen::generator<std::string> each(Ts... ts) {
  for (const std::string &s : {std::to_string(ts)...})
    CORO_YIELD(s + "/" + std::to_string(sizeof...(Ts)));
  for (long v : {static_cast<long>(ts)...}) {
    long doubled = v * 2;
    CORO_YIELD(std::to_string(doubled));
  }
}

int main() {
  for (const std::string &s : each(1, 2L, 3u))
    say(s);
  // CHECK:      1/3
  // CHECK-NEXT: 2/3
  // CHECK-NEXT: 3/3
  // CHECK-NEXT: 2
  // CHECK-NEXT: 4
  // CHECK-NEXT: 6
}
