// The value given to CORO_YIELD or CORO_RETURN must initialise the yield or
// return type as the runtime initialises it: directly, from the arguments as
// written (lvalues stay lvalues, temporaries are moved). The annotated file
// compiles whatever the markers are given; without this check the
// transformed one would fail inside the runtime's headers. Found by the
// fuzzer (a mutated file whose int generator yielded a std::string).
// RUN: not %corogen %s -- %cxxflags 2>&1 | FileCheck %s
#include <corogen/corogen.hpp>

#include <memory>
#include <string>
#include <vector>

corogen::generator<int, void, int> wrong() {
  std::string s = "text";
  // CHECK: :[[@LINE+1]]:3: error: the value given to CORO_YIELD cannot initialise the generator's yield type 'int' (it is 'std::string')
  CORO_YIELD(s);
  // CHECK: :[[@LINE+1]]:3: error: the value given to CORO_RETURN cannot initialise the generator's return type 'int' (it is 'const char[3]')
  CORO_RETURN("no");
}

corogen::generator<std::unique_ptr<int>> moves() {
  std::unique_ptr<int> p(new int(1));
  // An lvalue is not moved from: a unique_ptr cannot be copied.
  // CHECK: :[[@LINE+1]]:3: error: the value given to CORO_YIELD cannot initialise the generator's yield type 'std::unique_ptr<int>' (it is 'std::unique_ptr<int>')
  CORO_YIELD(p);
  CORO_YIELD(std::move(p));                 // fine: an xvalue
  CORO_YIELD(std::unique_ptr<int>(new int)); // fine: a temporary, moved
}

// Accepted: what direct-initialisation accepts (conversions, explicit
// constructors, several arguments).
corogen::generator<std::string, void, std::vector<int>> fine() {
  CORO_YIELD(3, 'x');
  CORO_YIELD("literal");
  CORO_RETURN(4u);
}
// CHECK-NOT: error:
