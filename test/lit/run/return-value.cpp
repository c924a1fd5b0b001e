// CORO_RETURN(v) ends the generator: next() throws stop_iteration and
// result() gives v (Python's StopIteration.value). Returning a local moves it,
// as `return local;` does ([class.copy.elision] p3). Python twin:
//   def two_then_done():
//       yield 1; yield 2; return 'done'; yield 3
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;
using trace::Tracer;

corogen::generator<int, void, std::string> two_then_done() {
  CORO_YIELD(1);
  CORO_YIELD(2);
  CORO_RETURN("done");
  CORO_YIELD(3);
}

// A traced result type. (It is default-constructible: that a result type
// need not be is return-non-default-constructible.cpp.)
struct Result : Tracer {
  Result() : Tracer("default") {}
  explicit Result(const char *name) : Tracer(name) {}
};

corogen::generator<int, void, Result> returns_local() {
  Result t("local");
  CORO_YIELD(1);
  CORO_RETURN(t);
}

int main() {
  {
    corogen::generator<int, void, std::string> g = two_then_done();
    for (int v : g)
      say("got ", v);
    // CHECK:      got 1
    // CHECK-NEXT: got 2
    say("result ", g.result(), " ", corogen::getgeneratorstate(g));
    // CHECK-NEXT: result done GEN_CLOSED
  }
  {
    corogen::generator<int, void, Result> g = returns_local();
    say("got ", g.next());
    // CHECK-NEXT: ctor local
    // CHECK-NEXT: got 1
    try {
      g.next();
    } catch (const corogen::stop_iteration &) {
      say("stopped");
    }
    // The local moves into the result, and dies before next() returns.
    // CHECK-NEXT: move local
    // CHECK-NEXT: dtor (moved-from) local
    // CHECK-NEXT: stopped
    say("result ", g.result().name());
    // CHECK-NEXT: result local
  }
  // The result lives as long as the generator.
  // CHECK-NEXT: dtor local
  say("end");
  // CHECK-NEXT: end
}
