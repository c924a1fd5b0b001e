// A handler whose block suspends moves after its try statement (a stub
// handler in its place keeps the exception and jumps there), and its block
// is a region that a resume enters through its top: it runs inside a
// `catch (...)` of the kept exception, rethrown on each entry, then
// dispatches, to a resume or to a region nested in it
// (run/handler-handles-across-yield.cpp: what it runs).
// RUN: %corogen %s --dump-ir -- %cxxflags | FileCheck %s --check-prefix=IR
// RUN: %corogen %s --no-line-directives -o - -- %cxxflags | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int> g() {
  try {
    CORO_YIELD(1);
  } catch (...) {
    CORO_YIELD(2);
    try {
      CORO_YIELD(3);
    } catch (int) {
    }
  }
}

// IR: state 1 yield at 13:5 in try 1
// IR: state 2 yield at 15:5 in handler 2
// IR: state 3 yield at 17:7 in try 3
// IR: try 1 in 0
// IR: handler 2 in 0
// IR: try 3 in 2
// CHECK: case 1: goto corogen_try_1; case 2: goto corogen_catch_2; case 3: goto corogen_catch_2; }
// CHECK: catch (...) { {{.*}}goto corogen_handler_1; } if (false) { corogen_handler_1: corogen_catch_2: try { ::std::rethrow_exception(corogen_local_exception); } catch (...) { switch (corogen_target) { case 2: goto corogen_resume_2; case 3: goto corogen_try_3; default: break; } {
// CHECK: corogen_try_3: try { switch (corogen_target) { case 3: goto corogen_resume_3; default: break; }
