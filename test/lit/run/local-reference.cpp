// Reference locals across yields stay bound to their referents: writes
// through them reach the caller's objects, and they see the caller's writes.
// Nothing is copied.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>
#include <vector>

using trace::say;
using trace::Tracer;

corogen::generator<std::string> refs(std::vector<int> &v, const Tracer &t) {
  int &first = v[0];
  const int &last = v.back();
  const Tracer &alias = t;
  CORO_YIELD(alias.name() + " " + std::to_string(first) + " " + std::to_string(last));
  first = 100;
  CORO_YIELD(alias.name() + " " + std::to_string(first) + " " + std::to_string(last));
}

int main() {
  Tracer t("referent");
  // CHECK:      ctor referent
  std::vector<int> v{1, 2, 3};
  corogen::generator<std::string> g = refs(v, t);
  say(g.next());
  // CHECK-NEXT: referent 1 3
  v[2] = 30;
  say(g.next());
  // CHECK-NEXT: referent 100 30
  say("v[0] = ", v[0]);
  // CHECK-NEXT: v[0] = 100
}
// The referent is the caller's, and dies with it, once.
// CHECK-NEXT: dtor referent
