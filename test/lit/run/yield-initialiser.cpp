// `T v = CORO_YIELD(x);`: v is what the caller sends; next() sends a
// value-initialised S, as Python's next() sends None. Python twin:
//   def echo():
//       a = yield 1; print('a=[%s]' % a)
//       b = yield 2; print('b=[%s]' % b)
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <string>

using trace::say;

corogen::generator<int, std::string> echo() {
  std::string a = CORO_YIELD(1);
  say("a=[", a, "]");
  std::string b = CORO_YIELD(2);
  say("b=[", b, "]");
}

int main() {
  corogen::generator<int, std::string> g = echo();
  say("got ", g.next());
  // CHECK:      got 1
  say("got ", g.send("hello"));
  // CHECK-NEXT: a=[hello]
  // CHECK-NEXT: got 2
  try {
    g.next();
  } catch (const corogen::stop_iteration &e) {
    say(e.what());
  }
  // CHECK-NEXT: b=[]
  // CHECK-NEXT: StopIteration
}
