// `static` and `thread_local` locals of a generator keep their meaning: one
// object shared by every call, not a member of each frame.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

corogen::generator<int> numbered() {
  static int calls = 0;
  thread_local int resumes = 0;
  ++calls;
  CORO_YIELD(calls * 100 + ++resumes);
  CORO_YIELD(calls * 100 + ++resumes);
}

int main() {
  corogen::generator<int> a = numbered();
  corogen::generator<int> b = numbered();
  say("a ", a.next());
  // CHECK:      a 101
  say("b ", b.next());
  // CHECK-NEXT: b 202
  say("a ", a.next());
  // CHECK-NEXT: a 203
}
