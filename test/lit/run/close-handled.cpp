// close() raises generator_exit at the pending yield: a handler for it runs
// (and the generator then ends normally), but one that yields again makes
// close() throw "generator ignored GeneratorExit" and leaves the generator
// suspended; closing it again ends it. Python twin:
//   def polite():
//       try: yield 1
//       except GeneratorExit: print('closing')
//   def stubborn():
//       try: yield 1
//       except GeneratorExit: yield 9
//   g = stubborn(); next(g)
//   g.close()   # RuntimeError: generator ignored GeneratorExit
//   getgeneratorstate(g); g.close(); getgeneratorstate(g)
//   # 'GEN_SUSPENDED', then 'GEN_CLOSED'
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

corogen::generator<int> polite() {
  try {
    CORO_YIELD(1);
  } catch (const corogen::generator_exit &) {
    say("closing");
  }
}

corogen::generator<int> stubborn() {
  try {
    CORO_YIELD(1);
  } catch (...) {
    CORO_YIELD(9);
  }
}

int main() {
  corogen::generator<int> p = polite();
  p.next();
  p.close();
  say(corogen::getgeneratorstate(p));
  // CHECK:      closing
  // CHECK-NEXT: GEN_CLOSED

  corogen::generator<int> s = stubborn();
  s.next();
  try {
    s.close();
  } catch (const corogen::generator_error &e) {
    say("RuntimeError: ", e.what());
  }
  // CHECK-NEXT: RuntimeError: generator ignored GeneratorExit
  say(corogen::getgeneratorstate(s));
  // CHECK-NEXT: GEN_SUSPENDED
  s.close();
  say(corogen::getgeneratorstate(s));
  // CHECK-NEXT: GEN_CLOSED
}
