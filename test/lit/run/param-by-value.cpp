// By-value parameters move into the generator when it is created (once),
// before its body runs; the parameter itself, moved from, dies as the call's
// full-expression ends. The frame's copy dies when the generator finishes.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <memory>
#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<std::string> take(Tracer t, std::unique_ptr<int> p, std::string s) {
  say("body starts");
  CORO_YIELD(t.name() + " " + std::to_string(*p) + " " + s);
  CORO_YIELD(s);
}

int main() {
  corogen::generator<std::string> g = take(Tracer("temp"), std::make_unique<int>(5), "str");
  say("created");
  // CHECK:      ctor temp
  // CHECK-NEXT: move temp
  // CHECK-NEXT: dtor (moved-from) temp
  // CHECK-NEXT: created
  say(g.next());
  // CHECK-NEXT: body starts
  // CHECK-NEXT: temp 5 str
  say(g.next());
  // CHECK-NEXT: str
  try {
    g.next();
  } catch (const corogen::stop_iteration &) {
    say("stopped");
  }
  // CHECK-NEXT: dtor temp
  // CHECK-NEXT: stopped

  // An lvalue argument is copied into the parameter, which then moves.
  Tracer named("named");
  // CHECK-NEXT: ctor named
  {
    corogen::generator<std::string> h = take(named, std::make_unique<int>(6), "s");
    // CHECK-NEXT: copy named
    // CHECK-NEXT: move named
    // CHECK-NEXT: dtor (moved-from) named
    say("created");
    // CHECK-NEXT: created
  }
  // CHECK-NEXT: dtor named
  say("end");
  // CHECK-NEXT: end
  // CHECK-NEXT: dtor named
}
