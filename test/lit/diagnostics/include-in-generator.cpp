// An #include inside a generator's body: corogen rewrites this file's text,
// and the included text is not in it. Before, the edits for markers in the
// included file landed at their offsets in this file, and a body closed by
// an included brace lost the end of its frame class: outputs that did not
// compile, with exit status 0 (found by the fuzzer, docs/testing.md).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

corogen::generator<int> part() {
  CORO_YIELD(1);
// CHECK: :[[@LINE+1]]:10: error: #include inside a generator's body; corogen rewrites the text of this file, and the included text is not in it: move the #include out of the generator
#include "Inputs/generator-part.inc"
  CORO_YIELD(4);
}

corogen::generator<int> tail() {
  CORO_YIELD(1);
// CHECK: :[[@LINE+1]]:10: error: #include inside a generator's body
#include "Inputs/generator-tail.inc"
// CHECK: 2 errors generated.
