// `auto` locals across yields keep the deduced type: an int, a std::string,
// an iterator, and a class object built from a prvalue (no copy, no move).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <vector>

using trace::say;
using trace::Tracer;

corogen::generator<std::string> autos(const std::vector<int> &v) {
  auto n = 5;
  auto s = std::string("s");
  auto it = v.begin();
  auto t = Tracer("auto");
  CORO_YIELD(s + std::to_string(n) + std::to_string(*it));
  ++it;
  n += 1;
  s += "!";
  CORO_YIELD(s + std::to_string(n) + std::to_string(*it) + t.name());
}

int main() {
  std::vector<int> v{7, 8};
  for (const std::string &x : autos(v))
    say("got ", x);
  // CHECK:      ctor auto
  // CHECK-NEXT: got s57
  // CHECK-NEXT: got s!68auto
  // CHECK-NEXT: dtor auto
}
