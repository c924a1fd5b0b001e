// After a C++ error, corogen looks for coroutine keywords in each
// generator's text; a body that ends in an included file, further in than
// this file is long, made it read past this file's end forever (found by
// the fuzzer, docs/testing.md). `timeout` turns a hang into a failure: the
// last line is printed only when the run ends.
// RUN: not timeout 60 %corogen %s -- %cxxflags 2>&1 | FileCheck %s --implicit-check-not=error:
#include <corogen/corogen.hpp>

corogen::generator<int> gen() {
  CORO_YIELD(1);
  // CHECK: :[[@LINE+1]]:3: error: use of undeclared identifier 'undeclared'
  undeclared();
#include "Inputs/generator-tail.inc"
// CHECK: 1 error generated.
