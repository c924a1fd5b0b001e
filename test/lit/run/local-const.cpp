// const locals across yields keep their values (and, for a class, call const
// member functions); a constexpr one too.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<std::string> constants() {
  const int k = 7;
  constexpr int limit = 2;
  const Tracer t("const");
  for (int i = 0; i < limit; ++i) {
    CORO_YIELD(t.name() + std::to_string(k + i));
  }
}

int main() {
  for (const std::string &v : constants())
    say("got ", v);
  // CHECK:      ctor const
  // CHECK-NEXT: got const7
  // CHECK-NEXT: got const8
  // CHECK-NEXT: dtor const
}
