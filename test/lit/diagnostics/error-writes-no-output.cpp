// On an error corogen writes no output (nor a depfile, nor a temporary file
// beside it), and leaves an existing output file as it was.
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: not %corogen %s -o %t.dir/out.cpp -MD -MF %t.dir/out.d -- %cxxflags 2>&1 | FileCheck %s
// RUN: ls %t.dir | count 0
// RUN: echo "old contents" > %t.dir/existing.cpp
// RUN: not %corogen %s -o %t.dir/existing.cpp -- %cxxflags 2> /dev/null
// RUN: FileCheck --check-prefix=OLD --match-full-lines %s < %t.dir/existing.cpp
// RUN: ls %t.dir | count 1
// OLD: old contents
#include <corogen/corogen.hpp>

corogen::generator<int> gen() {
  CORO_YIELD(1);
  // CHECK: :[[@LINE+1]]:3: error: 'return' in a generator
  return {};
}
