//===- runtime_header_check.cpp - Runtime header compiles cleanly ---------===//
///
/// \file
/// Compiled with -fsyntax-only by every compiler and standard in the runtime
/// warnings matrix (test/unit/CMakeLists.txt): the runtime header must be
/// self-contained and warning-free at -Wall -Wextra -Werror.
///
//===----------------------------------------------------------------------===//

#include <corogen/corogen.hpp>

int main() { return 0; }
